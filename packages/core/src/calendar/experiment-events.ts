import { addLocalDays, localTimeOf } from '../breaks/zoned-time.js';
import type { Locale } from '../i18n/locales.js';
import { type ExperimentSwitchSource, experimentSwitchCandidates } from '../reminders/experiments.js';
import { reminderInstant } from '../reminders/next.js';
import type { ReminderSettings } from '../reminders/schema.js';
import type { CalendarEvent } from './events.js';
import { calendarT } from './i18n/index.js';

const MINUTE = 60_000;

/**
 * Her experiment reminders as short free events with an alarm, on the first day of each period from today
 * for `days` days, at the time the push would come. The text is the reminder's own line: a period that has
 * not begun says only that a new part starts (the feed is fetched ahead; she sees each period when it
 * starts), and the event is updated in place once her calendar fetches the feed on that day.
 */
export function experimentEvents(
  settings: ReminderSettings,
  experiments: readonly ExperimentSwitchSource[],
  nowMs: number,
  days: number,
  locale: Locale = 'en',
): CalendarEvent[] {
  const t = calendarT(locale);
  const until = addLocalDays(localTimeOf(nowMs, settings.timeZone).date, days);
  const titles = new Map(experiments.map((e) => [e.id, e.title]));
  return experimentSwitchCandidates(settings, experiments, nowMs, locale)
    .filter((c) => c.date < until)
    .map((c) => {
      const start = reminderInstant(c.date, c.time, settings);
      return {
        uid: `experiment-${c.item.refId}-${c.date}`,
        kind: 'experiment' as const,
        summary: t('experimentSummary', { title: titles.get(c.item.refId ?? '') ?? '' }),
        description: c.item.title,
        start,
        end: start + 5 * MINUTE,
        timeZone: settings.timeZone,
        path: c.item.url,
        free: true,
        alarmMinutesBefore: 0,
      };
    });
}
