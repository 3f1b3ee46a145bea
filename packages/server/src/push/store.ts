import { PUSH_SUBSCRIPTIONS_MAX } from '@spinekind/core';
import { type AnyColumn, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { UserScope } from '../db/scope.js';
import type { PushSender } from './sender.js';
import { BREAK_REMINDER_KEY, pushReminders, pushSubscriptions } from './table.js';

type SubscriptionRow = typeof pushSubscriptions.$inferSelect;

export const toInfo = (row: SubscriptionRow) => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  lastSentAt: row.lastSentAt?.toISOString() ?? null,
  userAgent: row.userAgent,
});

/** Sends one payload to every device of a user; removes the ones the push service says are gone. */
export async function pushToUser(
  scope: UserScope,
  send: PushSender,
  payload: string,
  ttlSeconds: number,
  now: Date,
) {
  const targets = await scope.db.select().from(pushSubscriptions).where(scope.where(pushSubscriptions));
  const outcomes = await Promise.all(
    targets.map(async (t) => ({ id: t.id, outcome: await send(t, payload, { ttlSeconds }) })),
  );
  const gone = outcomes.filter((o) => o.outcome.kind === 'gone').map((o) => o.id);
  const delivered = outcomes.filter((o) => o.outcome.kind === 'delivered').map((o) => o.id);
  for (const id of gone)
    await scope.db
      .delete(pushSubscriptions)
      .where(scope.where(pushSubscriptions, eq(pushSubscriptions.id, id)));
  for (const id of delivered) {
    await scope.db
      .update(pushSubscriptions)
      .set({ lastSentAt: now })
      .where(scope.where(pushSubscriptions, eq(pushSubscriptions.id, id)));
  }
  return { devices: targets.length, delivered: delivered.length, removed: gone.length };
}

/**
 * Keeps her `PUSH_SUBSCRIPTIONS_MAX` most recently used subscriptions (last push sent, else when she
 * subscribed) and always the one just saved; the others are deleted.
 */
export async function dropLeastRecentlyUsed(scope: UserScope, keepId: string): Promise<void> {
  const lastUse = sql`coalesce(${pushSubscriptions.lastSentAt}, ${pushSubscriptions.createdAt})`;
  const surplus = await scope.db
    .select({ id: pushSubscriptions.id })
    .from(pushSubscriptions)
    .where(scope.where(pushSubscriptions))
    .orderBy(sql`${pushSubscriptions.id} = ${keepId} desc`, sql`${lastUse} desc`)
    .offset(PUSH_SUBSCRIPTIONS_MAX);
  if (surplus.length === 0) return;
  await scope.db.delete(pushSubscriptions).where(
    scope.where(
      pushSubscriptions,
      inArray(
        pushSubscriptions.id,
        surplus.map((r) => r.id),
      ),
    ),
  );
}

/** A condition on a user id column: that user has at least one device to push to. */
export const hasPushSubscription =
  (db: Db) =>
  (userId: AnyColumn): SQL =>
    exists(db.select({ one: sql`1` }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)));

type PlannedPush = Pick<typeof pushReminders.$inferInsert, 'userId' | 'dueAt' | 'key' | 'kind' | 'createdAt'>;

/** Plans reminders to send (each once: a row already planned stays as it is); answers how many are new. */
export async function planPushes(db: Db, rows: PlannedPush[]): Promise<number> {
  if (!rows.length) return 0;
  const inserted = await db
    .insert(pushReminders)
    .values(rows.map((r) => ({ ...r, status: 'pending' as const })))
    .onConflictDoNothing()
    .returning({ key: pushReminders.key });
  return inserted.length;
}

/** Plans (or moves on, when put off again) the one "Later" row of a reminder of hers. */
export async function planPushLater(scope: UserScope, row: Omit<PlannedPush, 'userId'>): Promise<void> {
  const { dueAt } = row;
  await scope.db
    .insert(pushReminders)
    .values({ ...row, userId: scope.userId, status: 'pending' })
    .onConflictDoUpdate({
      target: [pushReminders.userId, pushReminders.key],
      targetWhere: sql`${pushReminders.key} <> ${sql.raw(`'${BREAK_REMINDER_KEY}'`)}`,
      set: { dueAt, status: 'pending', attempts: 0, sentAt: null },
    });
}
