import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { DeleteAccountForm } from '../account/DeleteAccountForm';
import { signOut, waitingCount } from '../auth/api';

/** What the server keeps and where it goes; take everything, delete everything, clear this device. */
export function Component() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [waiting, setWaiting] = useState(0);

  async function clearDevice(force = false) {
    const count = force ? 0 : await waitingCount();
    if (count > 0) return setWaiting(count);
    await signOut(client);
    navigate('/signin', { replace: true });
  }

  return (
    <Page title={t('privacy.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('privacy.intro', { origin: window.location.origin })}</p>
      <section className="card stack" aria-labelledby="privacy-stored">
        <h2 id="privacy-stored">{t('privacy.storedTitle')}</h2>
        <ul>
          {(t('privacy.stored', { returnObjects: true }) as string[]).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className="card stack" aria-labelledby="privacy-where">
        <h2 id="privacy-where">{t('privacy.whereTitle')}</h2>
        <p>{t('privacy.where')}</p>
      </section>
      <section className="card stack" aria-labelledby="privacy-export">
        <h2 id="privacy-export">{t('privacy.exportTitle')}</h2>
        <p>{t('privacy.exportText')}</p>
        {/* A plain link: the browser downloads the file with the session cookie, no script needed. */}
        <a className="btn btn-primary" href="/api/v1/export?format=json" download>
          {t('privacy.exportLink')}
        </a>
        <Link to="/data">{t('privacy.moreOptions')}</Link>
      </section>
      <section className="card stack" aria-labelledby="privacy-device">
        <h2 id="privacy-device">{t('privacy.deviceTitle')}</h2>
        <p>{t('privacy.deviceText')}</p>
        {waiting > 0 ? (
          <div className="notice stack" role="alert">
            <p>{t('privacy.clearWaiting', { count: waiting })}</p>
            <div className="row">
              <Button variant="primary" onClick={() => setWaiting(0)}>
                {t('privacy.keep')}
              </Button>
              <Button onClick={() => void clearDevice(true)}>{t('privacy.clearAnyway')}</Button>
            </div>
          </div>
        ) : (
          <Button onClick={() => void clearDevice()}>{t('privacy.clearDevice')}</Button>
        )}
      </section>
      <DeleteAccountForm headingId="privacy-delete" title={t('privacy.deleteTitle')} />
    </Page>
  );
}
