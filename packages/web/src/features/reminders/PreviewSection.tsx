import type { ReminderItem } from '@spinekind/core';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { localeOf } from '../../lib/format';
import { useNextReminders } from './api';

/** "Mon 2 Mar, 20:30" in her reminder zone: the time the reminder comes where she set it. */
function when(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(i18next.language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(at));
}

/** The next seven reminders as the server plans them, refreshed after every save. */
export function PreviewSection({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const next = useNextReminders(7);
  return (
    <section className="card stack" aria-labelledby="reminder-preview">
      <h2 id="reminder-preview">{t('reminders.previewTitle')}</h2>
      {next.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : next.isError ? (
        <p className="error" role="alert">
          {problemMessage(next.error, t)}
        </p>
      ) : next.data.length === 0 ? (
        <p data-testid="reminder-preview-empty">{t('reminders.previewEmpty')}</p>
      ) : (
        <ol className="link-list" data-testid="reminder-preview">
          {next.data.map((item: ReminderItem) => (
            <li key={item.key}>
              <p>
                <strong>
                  <time dateTime={item.at}>{when(item.at, timeZone)}</time>
                </strong>{' '}
                · {t(`reminders.kinds.${item.kind}`)}
              </p>
              {/* A check-in says the same every time; the others say what they are about. */}
              {item.kind !== 'checkin' && <p className="hint">{item.title}</p>}
            </li>
          ))}
        </ol>
      )}
      <p className="hint">{t('reminders.previewHint')}</p>
    </section>
  );
}
