import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import { databaseFaultOf } from '../db/faults.js';

/** The probe may take this long; then /health says `database_slow`, well inside 2 s whatever the database does. */
export const HEALTH_PROBE_MS = 1_500;
/** After a "disk full" answer, /health says `storage_full` for this long (nothing tells us when space is freed). */
export const STORAGE_ALARM_MS = 5 * 60_000;
/** Below this much free space PGlite can't start its next write-ahead log segment (16 MiB each). */
export const LOW_STORAGE_BYTES = 16 * 2 ** 20;

const reasons = [
  'database_unreachable',
  'database_slow',
  'database_stopped',
  'storage_full',
  'storage_low',
] as const;
type Reason = (typeof reasons)[number];

/** Remembers the last "disk full" answer the API gave, so /health can report it. */
export function storageAlarm(clock: () => Date, windowMs = STORAGE_ALARM_MS) {
  let last: number | undefined;
  return {
    raise: () => {
      last = clock().getTime();
    },
    raised: () => last !== undefined && clock().getTime() - last < windowMs,
  };
}
export type StorageAlarm = ReturnType<typeof storageAlarm>;

async function problemOf(database: Database, alarm: StorageAlarm): Promise<Reason | undefined> {
  const stoppedBy = database.stoppedBy();
  if (stoppedBy !== undefined)
    return databaseFaultOf(stoppedBy) === 'storage_full' ? 'storage_full' : 'database_stopped';
  try {
    await database.db.execute(sql`select 1`);
  } catch (err) {
    return databaseFaultOf(err) === 'storage_full' ? 'storage_full' : 'database_unreachable';
  }
  if (alarm.raised()) return 'storage_full';
  const free = await database.freeBytes();
  if (free !== undefined && free < LOW_STORAGE_BYTES) return 'storage_low';
  return undefined;
}

const ok = z.strictObject({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
const degraded = z.strictObject({
  status: z.literal('degraded'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
  reason: z.enum(reasons),
});

/**
 * `GET /health`: 200 `{status: "ok", db, version}`, or 503 `{status: "degraded", db, version, reason}`.
 * The database probe races a timer, so the answer comes within 2 s even when the database hangs.
 */
export const healthRoutes: FastifyPluginAsyncZod<{
  database: Database;
  version: string;
  alarm: StorageAlarm;
}> = async (app, { database, version, alarm }) => {
  app.get(
    '/health',
    { schema: { hide: true, response: { 200: ok, 503: degraded } } },
    async (_request, reply) => {
      let timer: NodeJS.Timeout | undefined;
      const slow = new Promise<Reason>((resolve) => {
        timer = setTimeout(() => resolve('database_slow'), HEALTH_PROBE_MS);
      });
      const reason = await Promise.race([problemOf(database, alarm), slow]).finally(() =>
        clearTimeout(timer),
      );
      if (!reason) return { status: 'ok' as const, db: database.kind, version };
      return reply.code(503).send({ status: 'degraded' as const, db: database.kind, version, reason });
    },
  );
};
