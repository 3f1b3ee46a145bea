// CPU cost of the steps a check-in request takes besides the database round trip, measured
// one by one in this process. Set beside the per-request time from the load test, they show
// which steps matter (a step that costs 20 µs in a 10 ms request does not).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { checkinFieldNames, checkinInputSchema, checkinListQuerySchema } from '@spinekind/core';
import { and, asc, between, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { signInSessions as sessions } from '../packages/server/dist/auth/table.js';
import { checkinResource } from '../packages/server/dist/checkins/store.js';
import { checkins } from '../packages/server/dist/checkins/table.js';
import { users } from '../packages/server/dist/db/schema/users.js';
import { checkinBody } from './lib.mjs';

/** Mean microseconds per call of `fn`, after a warm-up that lets V8 optimise it. */
function timeIt(fn, budgetMs = 300) {
  for (let i = 0; i < 500; i++) fn();
  let n = 0;
  const start = process.hrtime.bigint();
  const stop = start + BigInt(budgetMs * 1e6);
  while (process.hrtime.bigint() < stop) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  return Number(process.hrtime.bigint() - start) / 1e3 / n;
}

/** `month` is the real answer of GET /api/v1/checkins for the benchmark's 60 check-ins. */
export function benchHotPath(month) {
  const body = checkinBody();
  const token = randomBytes(32).toString('base64url');
  // A database that only builds SQL: the same Drizzle work per request as the app, without a server.
  const db = drizzle.mock({ casing: 'snake_case' });
  const userId = randomUUID();
  const row = Object.fromEntries(checkinFieldNames.map((name) => [name, null]));
  const now = new Date();
  Object.assign(row, { pain: 4, recordedAt: now, utcOffsetMinutes: 60, localDate: '2026-03-14' });
  // The month's rows as the driver hands them over (Dates, offset apart), for the row → API mapping.
  const rows = month.items.map((c) => ({
    ...c,
    userId,
    utcOffsetMinutes: 0,
    recordedAt: new Date(c.recordedAt),
    createdAt: new Date(c.createdAt),
    updatedAt: new Date(c.updatedAt),
  }));
  const steps = [
    ['POST: JSON.parse + zod check-in schema', () => checkinInputSchema.safeParse(JSON.parse(body))],
    [
      'GET: zod query schema (from, to)',
      () => checkinListQuerySchema.safeParse({ from: '2026-03-01', to: '2026-03-31' }),
    ],
    ['GET: map 60 rows to check-ins (fromRow)', () => rows.map(checkinResource.fromRow)],
    ['GET: JSON.stringify of 60 check-ins', () => JSON.stringify(month)],
    ['every request: sha256 of the session token', () => createHash('sha256').update(token).digest('hex')],
    [
      'session query built (once: db/prepared.ts)',
      () =>
        db
          .select({ id: users.id, email: users.email, lastSeenAt: sessions.lastSeenAt })
          .from(sessions)
          .innerJoin(users, eq(users.id, sessions.userId))
          .where(eq(sessions.tokenHash, token))
          .toSQL(),
    ],
    [
      'month query built (once: db/prepared.ts)',
      () =>
        db
          .select()
          .from(checkins)
          .where(and(eq(checkins.userId, userId), between(checkins.localDate, '2026-03-01', '2026-03-31')))
          .orderBy(asc(checkins.recordedAt), asc(checkins.createdAt))
          .toSQL(),
    ],
    [
      'insert … returning built (once per column set)',
      () =>
        db
          .insert(checkins)
          .values({ ...row, userId, id: randomUUID(), createdAt: now, updatedAt: now })
          .onConflictDoNothing({ target: [checkins.userId, checkins.id] })
          .returning()
          .toSQL(),
    ],
  ];
  return steps.map(([step, fn]) => ({ step, us: timeIt(fn) }));
}

export function printHotPath(rows) {
  console.log('\nCPU per step, outside the database (µs per call, this process):');
  for (const r of rows) console.log(`  ${r.step.padEnd(48)}${r.us.toFixed(1).padStart(8)} µs`);
}
