import {
  addLocalDays,
  localTimeOf,
  minutesOfDay,
  resolveLocalTime,
  timeOfDay,
  weekdayOf,
  zoneOffsetMs,
} from '../breaks/zoned-time.js';
import { addDays } from '../cycle/days.js';
import type { PeriodForecast } from '../cycle/forecast.js';
import { dayAndMonth } from '../cycle/words.js';
import type { LocalDate } from '../date-schemas.js';
import { formatWithOffset } from '../dates.js';
import type { PlannedSessionLike, WeeklyPlan } from '../exercises/plan.js';
import { todaysPlan } from '../exercises/plan.js';
import type { Locale } from '../i18n/locales.js';
import { type InstrumentId, instruments } from '../instruments/registry.js';
import { type ExperimentSwitchSource, experimentSwitchCandidates } from './experiments.js';
import { reminderT } from './i18n/index.js';
import type { ReminderItem, ReminderSettings } from './schema.js';

/** How far ahead reminders are looked for: a period reminder can be a month away. */
export const REMINDER_HORIZON_DAYS = 62;
/** Questionnaire and period reminders come at her first check-in reminder time, else at this time. */
export const DEFAULT_NUDGE_TIME = '19:00';

/** What the reminders are computed from: her settings and the parts of her data they read. */
export interface ReminderInputs {
  settings: ReminderSettings;
  /** Local dates (in `settings.timeZone`) on which she has checked in. */
  checkinDates: ReadonlySet<LocalDate>;
  plan: WeeklyPlan | null;
  /** Her exercise sessions around now (a planned routine already played is not reminded). */
  sessions: readonly PlannedSessionLike[];
  /** Name of a routine by id (built-in and her own); the id itself when unknown. */
  routineName: (routineId: string) => string | undefined;
  /** Local date of her last answer to each questionnaire. */
  lastCompleted: Partial<Record<InstrumentId, LocalDate>>;
  /** The opt-in questionnaires she chose (mood screens), or `true` for all of them. */
  optedIn: readonly string[] | boolean;
  forecast: PeriodForecast | null;
  /** The lesson she has not read yet that would come next, if any. */
  nextLesson: { id: string; title: string } | null;
  /** Her experiments, for the reminder on the first day of each period (none when absent). */
  experiments?: readonly ExperimentSwitchSource[];
  /** Her language: every reminder line is written in it (English by default). */
  locale?: Locale;
  /** A questionnaire's name in her language, when the caller has it (else the registry's English name). */
  instrumentName?: (id: InstrumentId) => string | undefined;
}

interface Candidate {
  date: LocalDate;
  time: string;
  item: Omit<ReminderItem, 'at'>;
}

/**
 * The instant of a local date and time, moved out of quiet hours to their end (quiet hours may run past
 * midnight: 22:00–07:00 moves 23:15 to 07:00 the next morning and 06:00 to 07:00 the same morning).
 */
export function reminderInstant(date: LocalDate, time: string, settings: ReminderSettings): number {
  const minutes = minutesOfDay(time);
  const quiet = settings.quietHours;
  if (quiet) {
    const start = minutesOfDay(quiet.start);
    const end = minutesOfDay(quiet.end);
    const overnight = start > end;
    if (overnight ? minutes >= start : minutes >= start && minutes < end) {
      return resolveLocalTime(overnight ? addLocalDays(date, 1) : date, end, settings.timeZone).at;
    }
    if (overnight && minutes < end) return resolveLocalTime(date, end, settings.timeZone).at;
  }
  return resolveLocalTime(date, minutes, settings.timeZone).at;
}

function checkinCandidates(inputs: ReminderInputs, date: LocalDate): Candidate[] {
  const { checkin } = inputs.settings;
  // Once she has checked in that day, the day's reminders (the later ones too) are dropped.
  if (!checkin.enabled || !checkin.days.includes(weekdayOf(date)) || inputs.checkinDates.has(date)) return [];
  return checkin.times.map((time) => ({
    date,
    time,
    item: {
      kind: 'checkin',
      title: reminderT(inputs.locale ?? 'en')('checkin'),
      url: '/',
      key: `checkin:${date}:${time}`,
    },
  }));
}

function routineCandidates(inputs: ReminderInputs, date: LocalDate): Candidate[] {
  const { routines } = inputs.settings;
  if (!routines.enabled || !inputs.plan) return [];
  return todaysPlan(inputs.plan, date, inputs.sessions)
    .filter((entry) => !entry.done)
    .map((entry) => {
      const minutes = minutesOfDay(entry.time) - routines.minutesBefore;
      // A reminder before midnight for a routine just after it belongs to the evening before.
      const day = minutes < 0 ? addLocalDays(date, -1) : date;
      const t = reminderT(inputs.locale ?? 'en');
      const name = inputs.routineName(entry.routineId) ?? t('yourRoutine');
      return {
        date: day,
        time: timeOfDay((minutes + 1440) % 1440),
        item: {
          kind: 'routine',
          title: t('routine', { name, time: entry.time }),
          url: `/move/play/${encodeURIComponent(entry.routineId)}`,
          refId: entry.entryId,
          key: `routine:${date}:${entry.entryId}`,
        },
      };
    });
}

/**
 * Each questionnaire once each time it falls due: at the nudge time of its due date, or, when it is due
 * already and today's nudge time has passed, of tomorrow. Its key stays the same until she answers it, so
 * a sender that remembers what it sent reminds her once, not every day.
 */
function questionnaireCandidates(inputs: ReminderInputs, fromMs: number, nudge: string): Candidate[] {
  const { settings } = inputs;
  if (!settings.questionnaires.enabled) return [];
  const today = localTimeOf(fromMs, settings.timeZone).date;
  const firstChance = reminderInstant(today, nudge, settings) >= fromMs ? today : addLocalDays(today, 1);
  const chosen = (id: string) =>
    typeof inputs.optedIn === 'boolean' ? inputs.optedIn : inputs.optedIn.includes(id);
  return instruments
    .filter((i) => !i.optIn || chosen(i.id))
    .map((i) => {
      const last = inputs.lastCompleted[i.id];
      const due = last ? addDays(last, i.everyDays) : today;
      return {
        date: due > firstChance ? due : firstChance,
        time: nudge,
        item: {
          kind: 'questionnaire' as const,
          title: reminderT(inputs.locale ?? 'en')('questionnaire', {
            name: inputs.instrumentName?.(i.id) ?? i.name,
            count: i.items.length,
          }),
          url: `/questionnaires/${i.id}`,
          refId: i.id,
          key: `questionnaire:${i.id}:${last ?? 'first'}`,
        },
      };
    });
}

function periodCandidates(inputs: ReminderInputs, nudge: string): Candidate[] {
  const { period } = inputs.settings;
  const forecast = inputs.forecast;
  if (!period.enabled || !forecast) return [];
  return [
    {
      date: addDays(forecast.from, -period.daysBefore),
      time: nudge,
      item: {
        kind: 'period',
        title: reminderT(inputs.locale ?? 'en')('period', {
          from: dayAndMonth(forecast.from, inputs.locale),
          to: dayAndMonth(forecast.to, inputs.locale),
        }),
        url: '/cycle',
        key: `period:${forecast.from}`,
      },
    },
  ];
}

function lessonCandidates(inputs: ReminderInputs, date: LocalDate): Candidate[] {
  const { lesson } = inputs.settings;
  const next = inputs.nextLesson;
  if (!lesson.enabled || !next) return [];
  return [
    {
      date,
      time: lesson.time,
      item: {
        kind: 'lesson',
        title: reminderT(inputs.locale ?? 'en')('lesson', { title: next.title }),
        url: `/learn/${next.id}`,
        refId: next.id,
        key: `lesson:${date}`,
      },
    },
  ];
}

/**
 * Her coming reminders from `fromMs`, in time order, at most `count` (and none further than 62 days ahead).
 * Check-ins on her chosen days and times unless she has already checked in that day; a planned routine
 * `minutesBefore` its time unless played; each questionnaire once when due; the period `daysBefore` its
 * forecast window; the lesson of the day while one is unread; the first day of each period of a running
 * experiment (`experiments.ts`). None inside quiet hours: moved to their end.
 * Local times stay local across daylight-saving changes (a 20:30 reminder is 20:30 on both sides). Two that
 * land on the same moment and lead to the same place come as one.
 */
export function upcomingReminders(inputs: ReminderInputs, fromMs: number, count: number): ReminderItem[] {
  const { settings } = inputs;
  const today = localTimeOf(fromMs, settings.timeZone).date;
  const nudge = (settings.checkin.enabled && [...settings.checkin.times].sort()[0]) || DEFAULT_NUDGE_TIME;
  const candidates: Candidate[] = [
    ...questionnaireCandidates(inputs, fromMs, nudge),
    ...periodCandidates(inputs, nudge),
    ...experimentSwitchCandidates(settings, inputs.experiments ?? [], fromMs, inputs.locale),
  ];
  // From the day before: a routine just after midnight is reminded the evening before.
  for (let i = -1; i <= REMINDER_HORIZON_DAYS; i++) {
    const date = addLocalDays(today, i);
    candidates.push(...checkinCandidates(inputs, date), ...routineCandidates(inputs, date));
    if (i >= 0) candidates.push(...lessonCandidates(inputs, date));
  }
  const limit = fromMs + (REMINDER_HORIZON_DAYS + 1) * 86_400_000;
  return (
    candidates
      .map((c) => ({ ...c.item, ms: reminderInstant(c.date, c.time, settings) }))
      .filter((c) => c.ms >= fromMs && c.ms < limit)
      .sort((a, b) => a.ms - b.ms || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key))
      // Two moved to the same moment by quiet hours (a late and an early check-in) come as one.
      .filter((c, i, all) => !all.slice(0, i).some((d) => d.ms === c.ms && d.url === c.url))
      .slice(0, count)
      .map(({ ms, ...item }) => ({
        at: formatWithOffset(ms, zoneOffsetMs(ms, settings.timeZone) / 60_000),
        ...item,
      }))
  );
}
