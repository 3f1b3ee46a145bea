import type { Bundle } from 'fhir/r4.js';
import { checkinResource } from '../checkins/resource.js';
import type { UserScope } from '../db/scope.js';
import { resourceStore } from '../resources/crud.js';
import { periodResource } from '../routes/cycle.js';
import { responseResource } from '../routes/instruments.js';
import { trackerResource } from '../routes/tracking.js';
import { fhirBundle } from './fhir.js';

/** Loads what the FHIR bundle carries for one user. */
export async function fhirExport(scope: UserScope, now: Date): Promise<Bundle> {
  const [checkins, trackers, periods, responses] = await Promise.all([
    resourceStore(checkinResource, scope).list(),
    resourceStore(trackerResource, scope).list(),
    resourceStore(periodResource, scope).list(),
    resourceStore(responseResource, scope).list(),
  ]);
  return fhirBundle({ userId: scope.userId, exportedAt: now, checkins, trackers, periods, responses });
}
