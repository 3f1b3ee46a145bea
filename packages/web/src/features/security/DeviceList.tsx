import type { DeviceSession as Device } from '@spinekind/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ago } from '../../lib/ago';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Message } from '../../ui/Message';
import type { useSecurity } from './api';
import { deviceName } from './device-name';

/** "Your devices": each signed-in session, this one marked; sign one out, or every other one. */
export function DeviceList({ security }: { security: ReturnType<typeof useSecurity> }) {
  const { t } = useTranslation();
  const { devices, signOutDevice, signOutOthers } = security;
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'done' | 'error' }>({
    text: '',
    tone: 'done',
  });
  const items = devices.data ?? [];
  const others = items.filter((d) => !d.current);

  const label = (d: Device) => {
    const { browser, device } = deviceName(d.userAgent);
    if (browser && device) return t('security.deviceName', { browser, device });
    return browser ?? device ?? t('security.unknownDevice');
  };

  async function signOut(d: Device) {
    try {
      await signOutDevice.mutateAsync(d.id);
      setMessage({ text: t('security.deviceSignedOut', { device: label(d) }), tone: 'done' });
    } catch (err) {
      setMessage({ text: problemMessage(err, t), tone: 'error' });
    }
  }

  async function signOutEverywhereElse() {
    try {
      await signOutOthers.mutateAsync();
      setConfirming(false);
      setMessage({ text: t('security.othersSignedOut'), tone: 'done' });
    } catch (err) {
      setMessage({ text: problemMessage(err, t), tone: 'error' });
    }
  }

  return (
    <section className="card stack" aria-labelledby="devices">
      <h2 id="devices">{t('security.devicesTitle')}</h2>
      <p>{t('security.devicesIntro')}</p>
      {devices.isPending && <p>{t('security.loadingDevices')}</p>}
      {devices.isError && (
        <p className="notice" role="alert">
          {problemMessage(devices.error, t)}
        </p>
      )}
      <Message {...message} />
      {devices.isSuccess && (
        <ul className="entries devices">
          {items.map((d) => (
            <li key={d.id} className="entry device" data-testid="device">
              <div className="entry-main">
                <p>
                  <b>{label(d)}</b>
                  {d.current && <span className="badge device-current">{t('security.thisDevice')}</span>}
                </p>
                <p className="muted">
                  {t('security.deviceDates', { signedIn: ago(d.createdAt), active: ago(d.lastSeenAt) })}
                </p>
              </div>
              <div className="entry-actions">
                {d.current ? (
                  <Link className="btn btn-quiet" to="/more">
                    {t('security.signOutHere')}
                  </Link>
                ) : (
                  <Button
                    variant="quiet"
                    aria-label={t('security.signOutLabel', { device: label(d), when: ago(d.createdAt) })}
                    disabled={signOutDevice.isPending}
                    onClick={() => void signOut(d)}
                  >
                    {t('security.signOut')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {devices.isSuccess && others.length === 0 && <p className="muted">{t('security.onlyThisDevice')}</p>}
      {confirming ? (
        <div className="notice stack" role="alert">
          <p>{t('security.othersConfirm')}</p>
          <div className="row">
            <Button
              variant="danger"
              onClick={() => void signOutEverywhereElse()}
              disabled={signOutOthers.isPending}
            >
              {t('security.othersYes')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('security.cancel')}</Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>{t('security.signOutOthers')}</Button>
      )}
    </section>
  );
}
