import type { ReminderItem } from '@spinekind/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { timeOf } from '../../lib/dates';
import { deviceCopy, keepCopy } from '../../offline/cache';
import { Button } from '../../ui/Button';
import { usePushHere, useReminderSettings, useTodaysReminders } from './api';
import { anyOn, dueNow } from './due-now';

const DISMISSED_COPY = 'reminders-due-dismissed';

/** "Not today" on this device: hidden until tomorrow. */
function useDismissed(today: string) {
  const client = useQueryClient();
  const key = ['reminders', 'due-dismissed'];
  const query = useQuery({
    queryKey: key,
    queryFn: async () => (await deviceCopy<{ day: string }>(DISMISSED_COPY))?.day ?? null,
    networkMode: 'always',
  });
  const dismiss = async () => {
    await keepCopy(DISMISSED_COPY, { day: today });
    client.setQueryData(key, today);
  };
  return { known: query.isSuccess, dismissed: query.data === today, dismiss };
}

/**
 * Today's "Due now" card, for when reminders are on but this browser can't show them (push refused, not
 * set up here, iOS without install): what is due, each with where to go. Gentle: no count, no badge.
 */
export function DueNowCard({ today, checkedIn }: { today: string; checkedIn: boolean }) {
  const { t } = useTranslation();
  const settings = useReminderSettings();
  const push = usePushHere();
  const wanted = !!settings.data && anyOn(settings.data) && push.data === false;
  const items = useTodaysReminders(today, wanted);
  const { known, dismissed, dismiss } = useDismissed(today);
  if (!wanted || !known || dismissed || !items.data || !settings.data) return null;
  const due = dueNow(items.data, settings.data, Date.now(), checkedIn);
  if (due.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="due-now" data-testid="due-now">
      <h2 id="due-now">{t('reminders.dueNow.title')}</h2>
      <ul className="link-list">
        {due.map((item) => (
          <li key={item.key}>
            <p>
              <time dateTime={item.at}>{timeOf(item.at)}</time> · {line(item, t)}
            </p>
            {item.kind === 'checkin' ? (
              <a href="#checkin">{t('reminders.dueNow.checkin')}</a>
            ) : (
              <Link to={item.url}>{t(`reminders.dueNow.${item.kind}`)}</Link>
            )}
          </li>
        ))}
      </ul>
      <p className="hint">{t('reminders.dueNow.why')}</p>
      <div className="row">
        <Button variant="quiet" onClick={() => void dismiss()}>
          {t('reminders.dueNow.dismiss')}
        </Button>
      </div>
    </section>
  );
}

function line(item: ReminderItem, t: (key: string) => string): string {
  return item.kind === 'checkin' ? t('reminders.dueNow.checkinLine') : item.title;
}
