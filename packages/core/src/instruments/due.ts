import { daysBetween } from '../cycle/days.js';
import { type InstrumentId, instruments } from './registry.js';
import type { Instrument } from './types.js';

/**
 * Which questionnaires are due on `today`: never answered, or at least their interval (PEG 7 days, MRS 30,
 * PHQ-2/GAD-2 14) since the last one. Opt-in ones only when chosen: `optedIn` lists their ids, or `true`
 * opts into all of them (the profile's one switch for mood questionnaires).
 */
export function dueInstruments(args: {
  lastCompleted: Partial<Record<InstrumentId, string | undefined>>;
  optedIn: readonly string[] | boolean;
  today: string;
  /** Which list to look at: the questionnaires (default) or the function tests. */
  from?: readonly Instrument[];
}): InstrumentId[] {
  const { lastCompleted, optedIn, today, from = instruments } = args;
  const chosen = (id: string) => (typeof optedIn === 'boolean' ? optedIn : optedIn.includes(id));
  return from
    .filter((i) => !i.optIn || chosen(i.id))
    .filter((i) => {
      const last = lastCompleted[i.id];
      return !last || daysBetween(last, today) >= i.everyDays;
    })
    .map((i) => i.id);
}
