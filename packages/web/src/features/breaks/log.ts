import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { call } from '../../lib/api';
import { db, type LocalBreakEntry } from '../../offline/db';
import { enqueue, syncNow } from '../../offline/outbox';
import { type BreakLogAction, type BreakStats, breaksKeys } from './api';

/**
 * Records what the user did with a reminder: on the device first, then the outbox sends it with
 * its client id (`POST /breaks/log`), so it lands exactly once, also after a train ride offline.
 */
export async function logBreak(
  action: BreakLogAction,
  routineId?: string,
  given?: { id: string; at: string },
): Promise<void> {
  const entry = {
    id: given?.id ?? crypto.randomUUID(),
    at: given?.at ?? new Date(Date.now()).toISOString(),
    action,
    ...(routineId ? { routineId } : {}),
  };
  const local: LocalBreakEntry = { ...entry, pending: true };
  await enqueue({ resource: 'breakLog', kind: 'create', id: entry.id, payload: entry }, local);
}

/** The server's stats, with the ids of this device's entries that the answer already counts. */
export interface CountedStats extends BreakStats {
  counted: string[];
}

/**
 * Stats for [from, to) (instants) from the server, plus the answers on this device it doesn't
 * count yet: still waiting to sync, or synced since the answer on screen (which is then asked again).
 */
export function useWeekStats(from: string, to: string) {
  const client = useQueryClient();
  const stats = useQuery({
    queryKey: [...breaksKeys.stats, from, to],
    queryFn: async (): Promise<CountedStats> => {
      // What the answer on screen already counts is no longer needed on the device.
      const shown = client.getQueryData<CountedStats>([...breaksKeys.stats, from, to]);
      await db.breakLog.bulkDelete(shown?.counted ?? []);
      // Send what waits first; every entry the server confirmed before this request is in its answer.
      await syncNow();
      const counted = (await db.breakLog.filter((e) => !e.pending).primaryKeys()) as string[];
      const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
      return { ...(await call('GET /breaks/stats', { query })), counted };
    },
  });
  const entries = useLiveQuery(
    () => db.breakLog.where('at').between(from, to, true, false).toArray(),
    [from, to],
  );
  const counted = stats.data?.counted;
  const local = useMemo(
    () => (counted && entries ? entries.filter((e) => !e.syncError && !counted.includes(e.id)) : []),
    [counted, entries],
  );
  // An entry synced since the answer on screen: ask again, so the server's count takes it over.
  const synced = local
    .filter((e) => !e.pending)
    .map((e) => e.id)
    .join();
  useEffect(() => {
    if (synced) void client.invalidateQueries({ queryKey: breaksKeys.stats });
  }, [synced, client]);
  return { stats, local };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A break taken from a push notification that the service worker could not send (offline, signed
 * out): it opens the routine with `?breakId=…&breakAt=…` (public/push-sw.js). The entry goes into
 * the outbox with that id, so it lands once even if the worker's request did arrive after all.
 */
export function useBreakFromNotification(routineId: string): void {
  const [params, setParams] = useSearchParams();
  const id = params.get('breakId');
  const at = params.get('breakAt');
  useEffect(() => {
    if (id === null && at === null) return;
    setParams({}, { replace: true });
    const when = Date.parse(at ?? '');
    if (!id || !UUID.test(id) || Number.isNaN(when)) return;
    void logBreak('taken', routineId, { id, at: new Date(when).toISOString() });
  }, [id, at, routineId, setParams]);
}
