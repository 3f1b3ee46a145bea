import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { PushSection } from '../breaks/PushSection';
import { pushSupport } from '../breaks/push';
import { sendTestReminder } from './api';

/**
 * How reminders reach her: push for this browser (or why it can't be, from the breaks page's section), a
 * test to see one arrive, and, without push, that Today shows what is due whenever she opens the app.
 */
export function DeliverySection() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const support = pushSupport();
  const blocked = support === 'supported' && Notification.permission === 'denied';

  async function test() {
    setBusy(true);
    setMessage(null);
    try {
      const { devices, delivered } = await sendTestReminder();
      setMessage({
        text: devices === 0 ? t('reminders.testNoDevice') : t('reminders.testSent', { count: delivered }),
        error: delivered === 0,
      });
    } catch (err) {
      setMessage({ text: problemMessage(err, t), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PushSection />
      <section className="card stack" aria-labelledby="reminder-test">
        <h2 id="reminder-test">{t('reminders.testTitle')}</h2>
        {support !== 'supported' || blocked ? (
          <p className="notice" data-testid="reminders-no-push">
            {t('reminders.noPush')}
          </p>
        ) : (
          <p>{t('reminders.testIntro')}</p>
        )}
        <Button disabled={busy} onClick={() => void test()}>
          {busy ? t('push.working') : t('reminders.test')}
        </Button>
        <div role="status" aria-live="polite">
          {message && <p className={message.error ? 'error' : 'muted'}>{message.text}</p>}
        </div>
        <p className="hint">{t('reminders.todayShows')}</p>
      </section>
    </>
  );
}
