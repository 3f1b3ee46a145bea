import type { BreakAction, BreakReminder, BreakSettings } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { dayLabel } from '../../lib/dates';
import { formatTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { localDay, useBreakAction, useNextReminders, usePausedToday } from './api';
import { useSnoozeChoices } from './snooze';

const clock = (iso: string) => formatTime(iso);

/** The next few reminders by this device's clock, and today's snooze / skip / pause. */
export function TodaySection({ settings }: { settings: BreakSettings }) {
  const { t } = useTranslation();
  const { enabled } = settings;
  const snoozes = useSnoozeChoices(settings);
  const toast = useToast();
  const next = useNextReminders(5);
  const action = useBreakAction();
  const paused = usePausedToday();

  async function run(a: BreakAction, done: string) {
    try {
      await action.mutateAsync(a);
      toast(done);
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  }

  const items = next.data ?? [];
  return (
    <section className="card stack" aria-labelledby="next-reminders">
      <h2 id="next-reminders">{t('breaks.next')}</h2>
      {next.isPending ? (
        <p className="muted">{t('breaks.loading')}</p>
      ) : next.isError ? (
        <p className="error">{problemMessage(next.error, t)}</p>
      ) : !enabled ? (
        <p className="muted">{t('breaks.nextOff')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('breaks.nextNone')}</p>
      ) : (
        <ul className="next-list" data-testid="next-reminders">
          {items.map((r: BreakReminder) => (
            <li key={r.at}>
              <span className="next-when">
                {dayLabel(localDay(Date.parse(r.at)), t)}, {clock(r.at)}
              </span>
              <span className={`badge kind-${r.kind}`}>{t(`breaks.kinds.${r.kind}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {enabled && (
        <>
          {paused && <p className="notice">{t('breaks.paused')}</p>}
          <h3>{t('breaks.today')}</h3>
          {!paused && snoozes.length === 0 && <p className="hint">{t('breaks.noSnooze')}</p>}
          <div className="row">
            {!paused && (
              <>
                {snoozes.map((minutes) => (
                  <Button
                    key={minutes}
                    disabled={action.isPending}
                    onClick={() => void run({ type: 'snooze', minutes }, t('breaks.snoozed', { minutes }))}
                  >
                    {t('breaks.snoozeFor', { minutes })}
                  </Button>
                ))}
                <Button
                  disabled={action.isPending}
                  onClick={() => void run({ type: 'skip' }, t('breaks.skipped'))}
                >
                  {t('breaks.skipNext')}
                </Button>
              </>
            )}
            {paused ? (
              <Button
                variant="primary"
                disabled={action.isPending}
                onClick={() => void run({ type: 'resume' }, t('breaks.resumed'))}
              >
                {t('breaks.resume')}
              </Button>
            ) : (
              <Button
                disabled={action.isPending}
                onClick={() => void run({ type: 'pause' }, t('breaks.pausedToast'))}
              >
                {t('breaks.pause')}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
