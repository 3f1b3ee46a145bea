import { useLiveQuery } from 'dexie-react-hooks';
import { db, type Resource } from './db';

/** A change the server refused (a 4xx): her copy stays on the device with the reason, until she lets it go. */
export interface FailedChange {
  resource: Resource;
  id: string;
  reason: string;
  /** The day it is about (a check-in's or screening's `localDate`), or when it happened (`at`, `startedAt`). */
  day?: string;
}

const offlineTables: readonly Resource[] = [
  'checkins',
  'screenings',
  'sessions',
  'breakLog',
  'bleedingAnswers',
  'experiments',
];

/** Every change the server refused, oldest table first. */
export async function failedChanges(): Promise<FailedChange[]> {
  const lists = await Promise.all(
    offlineTables.map(async (resource) => {
      const rows = (await db
        .table(resource)
        .filter((r: { syncError?: string }) => Boolean(r.syncError))
        .toArray()) as {
        id: string;
        syncError: string;
        localDate?: string;
        at?: string;
        startedAt?: string;
      }[];
      return rows.map((r) => ({
        resource,
        id: r.id,
        reason: r.syncError,
        day: r.localDate ?? (r.at ?? r.startedAt)?.slice(0, 10),
      }));
    }),
  );
  return lists.flat();
}

/** The refused changes, live; `undefined` until counted. */
export const useFailedChanges = (): FailedChange[] | undefined => useLiveQuery(failedChanges, []);

/**
 * "Let it go": the reason is cleared, so the device shows the server's copy again from the next pull
 * (a record the server never took is gone then).
 */
export async function letGo(change: Pick<FailedChange, 'resource' | 'id'>): Promise<void> {
  await db.table(change.resource).update(change.id, { syncError: undefined });
}
