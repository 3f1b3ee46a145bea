import { firstCheckinDay } from '../checkins/store.js';
import { firstPeriodDay } from '../cycle/store.js';
import type { UserScope } from '../db/scope.js';
import { firstSessionDay } from '../exercise/store.js';
import { firstMetricDay } from '../imports/store.js';
import { firstResponseDay } from '../instruments/store.js';
import { firstScreeningDay } from '../screenings/store.js';
import { firstTreatmentDay } from '../tracking/store.js';

/** Every kind of dated record History shows: the day of her first of each. */
const firstDays = [
  firstCheckinDay,
  firstScreeningDay,
  firstPeriodDay,
  firstTreatmentDay,
  firstResponseDay,
  (scope: UserScope) => firstSessionDay(scope),
  firstMetricDay,
];

/** The earliest day of anything in her History, or null when she has nothing yet (one indexed MIN per table). */
export async function firstHistoryDay(scope: UserScope): Promise<string | null> {
  const firsts = await Promise.all(firstDays.map((first) => first(scope)));
  return firsts.filter((d): d is string => d !== null).sort()[0] ?? null;
}
