import { PUSH_SUBSCRIPTIONS_MAX } from '@spinekind/core';
import { eq, inArray, sql } from 'drizzle-orm';
import type { UserScope } from '../db/scope.js';
import type { PushSender } from './sender.js';
import { pushSubscriptions } from './table.js';

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
