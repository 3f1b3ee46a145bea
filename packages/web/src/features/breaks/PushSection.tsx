import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { currentSubscription, disablePush, enablePush, PushSetupError, pushSupport } from './push';

type Status = 'checking' | 'on' | 'off';

/** "Get reminders when the app is closed": Web Push on or off for this browser, with what to do when it can't be. */
export function PushSection() {
  const { t } = useTranslation();
  const support = pushSupport();
  const [status, setStatus] = useState<Status>('checking');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const [blocked, setBlocked] = useState(
    () => support === 'supported' && Notification.permission === 'denied',
  );

  useEffect(() => {
    if (support !== 'supported') return;
    let live = true;
    currentSubscription()
      .then((s) => live && setStatus(s ? 'on' : 'off'))
      .catch(() => live && setStatus('off'));
    return () => {
      live = false;
    };
  }, [support]);

  async function turnOn() {
    setBusy(true);
    setMessage(null);
    try {
      await enablePush();
      setStatus('on');
      setMessage({ text: t('push.enabled'), tone: 'info' });
    } catch (err) {
      if (err instanceof PushSetupError && err.reason === 'blocked') setBlocked(true);
      else setMessage({ text: pushProblem(err, t), tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setMessage(null);
    try {
      await disablePush();
      setStatus('off');
      setMessage({ text: t('push.disabled'), tone: 'info' });
    } catch (err) {
      setMessage({ text: problemMessage(err, t), tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="push-title">
      <h2 id="push-title">{t('push.title')}</h2>
      <p>{t('push.intro')}</p>
      {support === 'ios-needs-home-screen' ? (
        <div className="notice stack">
          <p>{t('push.ios')}</p>
          <p>{t('push.iosSteps')}</p>
        </div>
      ) : support === 'unsupported' ? (
        <p className="notice">{t('push.unsupported')}</p>
      ) : blocked ? (
        <div className="notice stack" data-testid="push-blocked">
          <p>
            <strong>{t('push.blocked')}</strong>
          </p>
          <p>{t('push.unblock')}</p>
        </div>
      ) : status === 'on' ? (
        <>
          <p className="push-on">{t('push.on')}</p>
          <Button disabled={busy} onClick={() => void turnOff()}>
            {busy ? t('push.working') : t('push.disable')}
          </Button>
        </>
      ) : (
        <Button variant="primary" disabled={busy} onClick={() => void turnOn()}>
          {busy ? t('push.working') : t('push.enable')}
        </Button>
      )}
      <div role="status" aria-live="polite">
        {message && <p className={message.tone === 'error' ? 'error' : 'muted'}>{message.text}</p>}
      </div>
      <p className="hint">{t('push.inPage')}</p>
    </section>
  );
}

function pushProblem(err: unknown, t: TFunction): string {
  if (err instanceof PushSetupError) return t(`push.${err.reason}`);
  // No push routes on this server (an older version): the in-page reminder still works.
  if (err instanceof ApiError && err.status === 404) return t('push.serverOff');
  return problemMessage(err, t);
}
