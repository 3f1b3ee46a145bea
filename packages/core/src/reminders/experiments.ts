import { localTimeOf, weekdayOf } from '../breaks/zoned-time.js';
import type { LocalDate } from '../date-schemas.js';
import type { ExperimentPeriod, ExperimentStatus } from '../experiments/schema.js';
import type { Locale } from '../i18n/locales.js';
import { reminderT } from './i18n/index.js';
import type { ReminderItem, ReminderSettings } from './schema.js';

/** What a switch reminder reads of one of her experiments. */
export interface ExperimentSwitchSource {
  id: string;
  /** Its title and the two conditions' instructions in her language (a ready-made one translated). */
  title: string;
  intervention: string;
  control: string;
  /** Its status on the day the reminders are asked for: only a planned or running one reminds. */
  status: ExperimentStatus;
  /** The whole stored schedule (not the part she may see yet): the reminders need the coming starts. */
  schedule: readonly ExperimentPeriod[];
}

/** A reminder to place: a local date and time, and what it says. */
interface ExperimentCandidate {
  date: LocalDate;
  time: string;
  item: Omit<ReminderItem, 'at'>;
}

/** An experiment reminder comes at this time on a day without check-in reminders. */
export const EXPERIMENT_REMINDER_TIME = '08:00';

/** Her first check-in reminder time on that day, else 08:00: the day's plan is best known early. */
function timeOn(settings: ReminderSettings, date: LocalDate): string {
  const { checkin } = settings;
  if (!checkin.enabled || !checkin.days.includes(weekdayOf(date))) return EXPERIMENT_REMINDER_TIME;
  return [...checkin.times].sort()[0] ?? EXPERIMENT_REMINDER_TIME;
}

/** Which message a period's first day gets: the condition is named only once the period has begun. */
function messageKey(schedule: readonly ExperimentPeriod[], index: number, revealed: boolean): string {
  const previous = schedule[index - 1];
  if (!revealed) return previous ? 'experimentNextHidden' : 'experimentStartHidden';
  if (!previous) return 'experimentStart';
  return previous.condition === schedule[index]?.condition ? 'experimentStay' : 'experimentSwitch';
}

/**
 * One reminder on the first day of each period of a planned or running experiment (a paused, stopped or
 * finished one reminds of nothing), at her first check-in reminder time that day, else 08:00. Days already
 * past give none. Washout days are the first days *of* the new period (`scheduledDay`): she follows the
 * new condition from the period's first day and only the analysis leaves those days out, so the start of
 * the washout and the switch are the same moment and one reminder at the period start covers both.
 *
 * She sees each period when it starts, not before (`visibleSchedule`), so knowing what comes next cannot
 * colour how she feels: a reminder names its condition only when asked for on its day (as the push job
 * does, a moment before it is sent); listed earlier (the preview, the calendar feed) it says only that a
 * new period starts.
 */
export function experimentSwitchCandidates(
  settings: ReminderSettings,
  experiments: readonly ExperimentSwitchSource[],
  fromMs: number,
  locale: Locale = 'en',
): ExperimentCandidate[] {
  if (!settings.experiments.enabled) return [];
  const t = reminderT(locale);
  const today = localTimeOf(fromMs, settings.timeZone).date;
  // Asked for a moment before a reminder at midnight, its day counts as come.
  const shownThrough = localTimeOf(fromMs + 60_000, settings.timeZone).date;
  return experiments
    .filter((e) => e.status === 'planned' || e.status === 'running')
    .flatMap((e) =>
      e.schedule.flatMap((period, index) => {
        if (period.start < today) return [];
        const todo = period.condition === 'intervention' ? e.intervention : e.control;
        const key = messageKey(e.schedule, index, period.start <= shownThrough);
        return [
          {
            date: period.start,
            time: timeOn(settings, period.start),
            item: {
              kind: 'experiment' as const,
              title: t(key, { title: e.title, todo }),
              url: `/experiments/${e.id}`,
              refId: e.id,
              key: `experiment:${e.id}:${period.start}`,
            },
          },
        ];
      }),
    );
}
