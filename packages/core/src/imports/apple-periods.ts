import { addDays, daysBetween } from '../cycle/days.js';
import { periodsFromBleeding } from '../cycle/episodes.js';
import { type Flow, PERIOD_MAX_DAYS } from '../cycle/schema.js';

/** What Apple Health said about one day's bleeding (the strongest statement, when several). */
export type DayFlow = 'light' | 'medium' | 'heavy' | 'unspecified' | 'spotting';
export interface ImportedPeriod {
  startDate: string;
  endDate: string;
  /** Heaviest flow given in the period; null when Apple only said "bleeding" without a level. */
  flow: Exclude<Flow, 'spotting'> | null;
}

const weight = { spotting: 0, unspecified: 1, light: 1, medium: 2, heavy: 3 } as const;
/** The stronger of two statements about one day (two sources may both log it). */
export function strongerFlow(a: DayFlow, b: DayFlow): DayFlow {
  if (weight[a] !== weight[b]) return weight[a] > weight[b] ? a : b;
  return a === 'unspecified' ? b : a;
}

/**
 * Periods from Apple's flow days with the same rules as the rest of the cycle code (`cycle/episodes.ts`):
 * bleeding days at most one day apart form one period, spotting holds a period together but never starts
 * one. Periods longer than PERIOD_MAX_DAYS are not brought in (the period log refuses them too).
 */
export function periodsFromFlowDays(days: ReadonlyMap<string, DayFlow>): ImportedPeriod[] {
  const checkins = [...days].map(([localDate, flow]) => ({
    localDate,
    // Bleeding of unknown flow counts as bleeding, like a logged period without a flow.
    bleeding: flow === 'unspecified' ? ('light' as const) : flow,
  }));
  const periods: ImportedPeriod[] = [];
  for (const run of periodsFromBleeding(checkins)) {
    const { startDate } = run;
    const endDate = run.endDate ?? startDate;
    if (daysBetween(startDate, endDate) >= PERIOD_MAX_DAYS) continue;
    let flow: ImportedPeriod['flow'] = null;
    for (let date = startDate; date <= endDate; date = addDays(date, 1)) {
      const f = days.get(date);
      if (f === 'light' || f === 'medium' || f === 'heavy')
        flow = flow === null || weight[f] > weight[flow] ? f : flow;
    }
    periods.push({ startDate, endDate, flow });
  }
  return periods;
}
