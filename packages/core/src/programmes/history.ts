import { addDays, daysBetween } from '../cycle/days.js';
import type { BandColour, SessionExercise } from '../exercises/session.js';
import { topSet } from './load-progression.js';

/** One logged set, flattened for a table, a chart and the CSV export. */
export interface HistorySet {
  sessionId: string;
  date: string;
  /** 1 for the first set of the exercise in that session. */
  set: number;
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
  band: BandColour | null;
  bodyweight: boolean;
  rpe: number | null;
}

/** One week (Monday to Sunday) of an exercise: how much, and the best set. */
export interface HistoryWeek {
  weekStart: string;
  sessions: number;
  sets: number;
  reps: number;
  /** Kilograms × repetitions over the week's sets with a load in kilograms. */
  volumeKg: number;
  best: HistorySet;
}

type SessionLike = { id: string; localDate: string; exercises?: readonly SessionExercise[] | null };

/** Every logged set of her sessions, oldest first, optionally of one exercise only. */
export function loggedSets(
  sessions: readonly SessionLike[],
  exerciseId?: string,
): (HistorySet & { exerciseId: string })[] {
  const ordered = [...sessions].sort((a, b) => a.localDate.localeCompare(b.localDate));
  return ordered.flatMap((s) =>
    (s.exercises ?? [])
      .filter((e) => (exerciseId === undefined || e.exerciseId === exerciseId) && e.sets?.length)
      .flatMap((e) =>
        (e.sets ?? []).map((set, i) => ({
          exerciseId: e.exerciseId,
          sessionId: s.id,
          date: s.localDate,
          set: i + 1,
          reps: set.reps ?? null,
          seconds: set.seconds ?? null,
          loadKg: set.loadKg ?? null,
          band: set.band ?? null,
          bodyweight: set.bodyweight === true,
          rpe: set.rpe ?? null,
        })),
      ),
  );
}

// 2024-01-01 was a Monday: weeks run Monday to Sunday, as in the rest of the app.
const A_MONDAY = '2024-01-01';
const mondayOf = (date: string) => addDays(date, -(((daysBetween(A_MONDAY, date) % 7) + 7) % 7));

/** An exercise's sets and its weeks (best set, volume), for the history chart and table. */
export function exerciseHistory(
  sessions: readonly SessionLike[],
  exerciseId: string,
): { sets: HistorySet[]; weeks: HistoryWeek[] } {
  const sets = loggedSets(sessions, exerciseId).map(({ exerciseId: _e, ...s }) => s);
  const byWeek = new Map<string, HistorySet[]>();
  for (const s of sets) byWeek.set(mondayOf(s.date), [...(byWeek.get(mondayOf(s.date)) ?? []), s]);
  const weeks = [...byWeek.entries()].map(([weekStart, week]) => {
    return {
      weekStart,
      sessions: new Set(week.map((s) => s.sessionId)).size,
      sets: week.length,
      reps: week.reduce((n, s) => n + (s.reps ?? 0), 0),
      volumeKg: week.reduce((n, s) => n + (s.reps ?? 0) * (s.loadKg ?? 0), 0),
      best: topSet(week) as HistorySet,
    };
  });
  return { sets, weeks };
}
