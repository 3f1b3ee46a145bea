import type { Dose } from './types.js';

/** A timed dose: `seconds` a set, `sets` sets. */
export const hold = (
  seconds: number,
  sets = 1,
  more: { restSeconds?: number; perSide?: boolean } = {},
): Dose => ({ kind: 'time', seconds, sets, ...more });

/** A repetition dose: `reps` a set at `secondsPerRep`, `sets` sets. */
export const reps = (
  count: number,
  sets: number,
  secondsPerRep: number,
  more: { restSeconds?: number; perSide?: boolean } = {},
): Dose => ({ kind: 'reps', reps: count, sets, secondsPerRep, ...more });
