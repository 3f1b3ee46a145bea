import {
  type AppImportSource,
  type CheckinInput,
  checkinInputSchema,
  type NormalizedImport,
} from '@spinekind/core';
import { checkinIdsAmong, checkinsAtInstants } from '../checkins/store.js';
import { nameId } from '../db/name-id.js';
import type { UserScope } from '../db/scope.js';

/** A check-in an import would add: its stable id and what it holds (a pain score at its time). */
export interface PlannedCheckin {
  id: string;
  input: Omit<CheckinInput, 'id'>;
}

export interface CheckinPlan {
  fresh: PlannedCheckin[];
  /** Brought in by an earlier import of the same observation (kept as it is, even if she edited it). */
  alreadyPresent: number;
  /** Left out: she made a check-in herself at that very moment, and hers stays as she made it. */
  kept: number;
}

const BATCH = 1000;

/**
 * The id of an imported pain score: a UUID version 5 of the app and the observation's key (its identifier
 * or id and its moment, `fhir-pain.ts`), so importing the same file again finds the check-in it made.
 */
export const importedCheckinId = (source: AppImportSource, key: string) => nameId(`${source}-checkin`, key);

/**
 * Which pain scores of an import become new check-ins. Never one that would sit beside a check-in she made
 * herself at the same instant (re-importing Spinekind's own FHIR export must not double her diary), and
 * never a rewrite of one an earlier import made.
 */
export async function planImportedCheckins(
  scope: UserScope,
  source: AppImportSource,
  scores: NormalizedImport['checkins'],
): Promise<CheckinPlan> {
  const planned = scores.map((s) => ({
    id: importedCheckinId(source, s.key),
    input: checkinInputSchema.parse({ recordedAt: s.recordedAt, pain: s.pain }) as Omit<CheckinInput, 'id'>,
  }));
  const importIds = new Set(planned.map((p) => p.id));
  const present = new Set<string>();
  const ownInstants = new Set<number>();
  for (let i = 0; i < planned.length; i += BATCH) {
    const batch = planned.slice(i, i + BATCH);
    for (const id of await checkinIdsAmong(scope, [...new Set(batch.map((p) => p.id))])) present.add(id);
    const instants = batch.map((p) => new Date(p.input.recordedAt));
    const atSameTime = await checkinsAtInstants(scope, instants);
    for (const row of atSameTime) if (!importIds.has(row.id)) ownInstants.add(row.at.getTime());
  }
  const alreadyPresent = planned.filter((p) => present.has(p.id)).length;
  const notYet = planned.filter((p) => !present.has(p.id));
  const fresh = notYet.filter((p) => !ownInstants.has(Date.parse(p.input.recordedAt)));
  return { fresh, alreadyPresent, kept: notYet.length - fresh.length };
}
