import { addDays } from '@spinekind/core';
import { bleedingDays, checkinsBetween } from '../checkins/store.js';
import { resourceStore } from '../crud/store.js';
import { periodResource } from '../cycle/store.js';
import type { UserScope } from '../db/scope.js';
import { loadProfile } from '../profile/store.js';
import { trackerResource, treatmentResource } from '../tracking/store.js';
import { dayDrivers } from './day-drivers.js';

/**
 * Everything `insightsReport` needs for one user over [from, to]: check-ins from the day before `from`
 * (so yesterday's values pair with the first day's pain, lag 1), every period and bleeding day (cycles
 * need the whole log), treatments, tracker names, the profile and the day-level drivers kept elsewhere.
 */
export async function loadInsightsInput(scope: UserScope, from: string, to: string) {
  const dayBefore = addDays(from, -1);
  const [items, periods, treatments, trackers, bleeding, profile, extraDrivers] = await Promise.all([
    checkinsBetween(scope, dayBefore, to),
    resourceStore(periodResource, scope).list(),
    resourceStore(treatmentResource, scope).list(),
    resourceStore(trackerResource, scope).list(),
    bleedingDays(scope),
    loadProfile(scope),
    dayDrivers(scope, dayBefore, to),
  ]);
  return {
    checkins: items,
    from,
    to,
    periods,
    bleedingDays: bleeding,
    profile,
    extraDrivers,
    treatments,
    names: Object.fromEntries(trackers.map((t) => [`custom:${t.id}`, t.name])),
  };
}
