import { addDays, daysBetween } from '../cycle/days.js';
import { mulberry32 } from '../insights/simulate.js';
import type { ExperimentCondition, ExperimentPause, ExperimentPeriod, ExperimentStatus } from './schema.js';

/** The design of an experiment: when it starts, how its periods fall, and the seed of their order. */
export interface ExperimentDesign {
  startDate: string;
  periodDays: number;
  pairs: number;
  washoutDays: number;
  seed: number;
}

/**
 * The schedule: `pairs` pairs of two periods each, one under each condition, the order within each pair
 * drawn from the seed (a fair coin per pair, mulberry32), so the same seed always gives the same schedule.
 * Randomizing within pairs (CENT 2015, Vohra et al.) keeps slow changes (season, cycle, a new job) from
 * lining up with one condition, while every pair still holds both.
 */
export function experimentSchedule(design: ExperimentDesign): ExperimentPeriod[] {
  const coin = mulberry32(design.seed);
  const periods: ExperimentPeriod[] = [];
  for (let pair = 0; pair < design.pairs; pair++) {
    const order: ExperimentCondition[] =
      coin() < 0.5 ? ['intervention', 'control'] : ['control', 'intervention'];
    for (const condition of order) {
      const start = addDays(design.startDate, periods.length * design.periodDays);
      periods.push({ start, end: addDays(start, design.periodDays - 1), condition });
    }
  }
  return periods;
}

/** The last day of the experiment. */
export function experimentEndDate(
  design: Pick<ExperimentDesign, 'startDate' | 'periodDays' | 'pairs'>,
): string {
  return addDays(design.startDate, design.pairs * 2 * design.periodDays - 1);
}

/** Where a date falls in the schedule: its period (0-based), pair, and whether it is a washout day. */
export interface ScheduledDay {
  period: number;
  pair: number;
  condition: ExperimentCondition;
  washout: boolean;
}

/**
 * The schedule's entry for a date, or undefined outside it. Washout days are the first `washoutDays`
 * days after a switch of condition (not the first period, nor a period that repeats the last condition):
 * the effect of the previous condition may linger there, so they are left out of the analysis.
 */
export function scheduledDay(
  schedule: readonly ExperimentPeriod[],
  washoutDays: number,
  date: string,
): ScheduledDay | undefined {
  const period = schedule.findIndex((p) => p.start <= date && date <= p.end);
  const current = schedule[period];
  if (!current) return undefined;
  const previous = schedule[period - 1];
  const switched = previous !== undefined && previous.condition !== current.condition;
  const washout = switched && daysBetween(current.start, date) < washoutDays;
  return { period, pair: Math.floor(period / 2), condition: current.condition, washout };
}

/** A red-flag screening as the pause rule reads it. */
export interface PauseScreening {
  id: string;
  localDate: string;
  level: string;
  followUp: string | null;
}

/**
 * The screening that pauses the experiment, if any: the latest urgent or emergency result recorded
 * within its dates, unless she has since told the app she got checked (the triage follow-up).
 * Recomputed on every read, so a screening restored from a backup or made offline pauses it too.
 */
export function experimentPause(
  screenings: readonly PauseScreening[],
  startDate: string,
  endDate: string,
): ExperimentPause | null {
  const latest = screenings
    .filter((s) => s.localDate >= startDate && s.localDate <= endDate)
    .filter((s) => s.level === 'urgent' || s.level === 'emergency')
    .sort((a, b) => a.localDate.localeCompare(b.localDate))
    .at(-1);
  if (!latest || latest.followUp === 'checked') return null;
  return { screeningId: latest.id, level: latest.level as ExperimentPause['level'], date: latest.localDate };
}

/** Her experiment's status on her `today`: stopped and done are final; paused only while it runs. */
export function experimentStatus(
  e: { startDate: string; endDate: string; stoppedAt: string | null },
  today: string,
  pause: ExperimentPause | null,
): ExperimentStatus {
  if (e.stoppedAt) return 'stopped';
  if (today > e.endDate) return 'done';
  if (today < e.startDate) return 'planned';
  return pause ? 'paused' : 'running';
}

/** The schedule she may see: past and current periods while it runs, all of them once it is over. */
export function visibleSchedule(
  schedule: readonly ExperimentPeriod[],
  status: ExperimentStatus,
  today: string,
): ExperimentPeriod[] {
  if (status === 'done' || status === 'stopped') return [...schedule];
  return schedule.filter((p) => p.start <= today);
}

/** What is inconsistent in an experiment read from a backup: its schedule must fit its design and dates. */
export function experimentBackupProblems(e: {
  startDate: string;
  endDate: string;
  periodDays: number;
  pairs: number;
  schedule: readonly ExperimentPeriod[];
  adherence: readonly { date: string }[];
}): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const fits =
    e.schedule.length === e.pairs * 2 &&
    e.schedule[0]?.start === e.startDate &&
    e.schedule.at(-1)?.end === e.endDate &&
    e.endDate === experimentEndDate(e) &&
    e.schedule.every(
      (p, i) =>
        p.start === addDays(e.startDate, i * e.periodDays) &&
        daysBetween(p.start, p.end) === e.periodDays - 1,
    );
  if (!fits)
    problems.push({ path: 'schedule', message: 'The schedule does not match the dates and design.' });
  if (e.adherence.some((a) => a.date < e.startDate || a.date > e.endDate))
    problems.push({ path: 'adherence', message: 'An answer lies outside the experiment’s dates.' });
  if (new Set(e.adherence.map((a) => a.date)).size !== e.adherence.length)
    problems.push({ path: 'adherence', message: 'A day is answered twice.' });
  return problems;
}
