import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { signOut, waitingCount } from '../auth/api';
import { useAccount } from '../auth/session';
import { DeleteAccountForm } from './DeleteAccountForm';

/** Account: who is signed in, sign out, delete everything. */
export function Component() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { data: me } = useAccount();
  // Changes still in the outbox when sign-out was asked for: confirm in the page before losing them.
  const [waiting, setWaiting] = useState(0);

  async function onSignOut(force = false) {
    const count = force ? 0 : await waitingCount();
    if (count > 0) return setWaiting(count);
    await signOut(client);
    navigate('/signin', { replace: true });
  }

  return (
    <Page title={t('more.title')}>
      <section className="card stack" aria-labelledby="more-learn">
        <h2 id="more-learn">{t('nav.learn')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/learn">{t('more.learn')}</Link>
            <p className="hint">{t('more.learnHint')}</p>
          </li>
          <li>
            <Link to="/experiments">{t('more.experiments')}</Link>
            <p className="hint">{t('more.experimentsHint')}</p>
          </li>
        </ul>
      </section>
      <section className="card stack" aria-labelledby="account">
        <h2 id="account">{t('more.account')}</h2>
        <p>{t('more.signedInAs', { email: me?.user.email ?? '' })}</p>
        <ul className="link-list">
          <li>
            <Link to="/account/security">{t('more.security')}</Link>
            <p className="hint">{t('more.securityHint')}</p>
          </li>
          {me?.admin && (
            <li>
              <Link to="/admin/invites">{t('more.invites')}</Link>
              <p className="hint">{t('more.invitesHint')}</p>
            </li>
          )}
        </ul>
        {waiting > 0 ? (
          <div className="notice stack" role="alert">
            <p>{t('more.signOutWaiting', { count: waiting })}</p>
            <div className="row">
              <Button variant="primary" onClick={() => setWaiting(0)}>
                {t('more.stay')}
              </Button>
              <Button onClick={() => void onSignOut(true)}>{t('more.signOutAnyway')}</Button>
            </div>
          </div>
        ) : (
          <Button onClick={() => void onSignOut()}>{t('more.signOut')}</Button>
        )}
      </section>
      <section className="card stack" aria-labelledby="your-data">
        <h2 id="your-data">{t('more.yourData')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/profile">{t('profile.link')}</Link>
            <p className="hint">{t('profile.linkHint')}</p>
          </li>
          <li>
            <Link to="/reminders">{t('reminders.link')}</Link>
            <p className="hint">{t('reminders.linkHint')}</p>
          </li>
          <li>
            <Link to="/cycle">{t('cycle.link')}</Link>
          </li>
          <li>
            <Link to="/questionnaires">{t('questionnaires.link')}</Link>
          </li>
          <li>
            <Link to="/function-tests">{t('functionTests.link')}</Link>
            <p className="hint">{t('functionTests.linkHint')}</p>
          </li>
          <li>
            <Link to="/treatments">{t('treatments.link')}</Link>
          </li>
          <li>
            <Link to="/trackers">{t('trackers.link')}</Link>
          </li>
          <li>
            <Link to="/data">{t('data.link')}</Link>
            <p className="hint">{t('data.linkHint')}</p>
          </li>
          <li>
            <Link to="/data/apple-health">{t('appleHealth.link')}</Link>
            <p className="hint">{t('appleHealth.linkHint')}</p>
          </li>
          <li>
            <Link to="/privacy">{t('privacy.link')}</Link>
          </li>
        </ul>
      </section>
      <section className="card stack" aria-labelledby="desk-life">
        <h2 id="desk-life">{t('breaks.moreHeading')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/breaks">{t('breaks.link')}</Link>
            <p className="hint">{t('breaks.linkHint')}</p>
          </li>
          <li>
            <Link to="/desk-check">{t('deskCheck.link')}</Link>
            <p className="hint">{t('deskCheck.linkHint')}</p>
          </li>
          <li>
            <Link to="/setup">{t('setup.link')}</Link>
            <p className="hint">{t('setup.linkHint')}</p>
          </li>
        </ul>
      </section>
      <section className="card stack" aria-labelledby="about">
        <h2 id="about">{t('more.about')}</h2>
        <p>{t('more.aboutText')}</p>
      </section>
      <DeleteAccountForm />
    </Page>
  );
}
