import { WALKING_ROUTINE_ID } from '@spinekind/core';
import type { Bundle } from 'fhir/r4.js';
import { checkinResource } from '../checkins/store.js';
import { resourceStore } from '../crud/store.js';
import { periodResource } from '../cycle/store.js';
import type { UserScope } from '../db/scope.js';
import { sessionResource, userLibrary } from '../exercise/store.js';
import { exportDailyMetrics } from '../imports/store.js';
import { responseResource } from '../instruments/store.js';
import { trackerResource } from '../tracking/store.js';
import { fhirBundle } from './fhir.js';

/** Loads what the FHIR bundle carries for one user. */
export async function fhirExport(scope: UserScope, now: Date): Promise<Bundle> {
  const [checkins, trackers, periods, responses, metrics, sessions, library] = await Promise.all([
    resourceStore(checkinResource, scope).list(),
    resourceStore(trackerResource, scope).list(),
    resourceStore(periodResource, scope).list(),
    resourceStore(responseResource, scope).list(),
    exportDailyMetrics(scope),
    resourceStore(sessionResource, scope).list(),
    userLibrary(scope),
  ]);
  return fhirBundle({
    userId: scope.userId,
    exportedAt: now,
    checkins,
    trackers,
    periods,
    responses,
    dailyMetrics: metrics.map(({ updatedAt: _u, ...m }) => m),
    sessions,
    routineName: (id) => library.routine(id)?.name ?? (id === WALKING_ROUTINE_ID ? 'Walking' : undefined),
  });
}
