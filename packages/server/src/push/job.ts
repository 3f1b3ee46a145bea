import {
  breakNotification,
  breakSettingsSchema,
  breakStateSchema,
  isReminderDue,
  reminderKinds,
  remindersBetween,
} from '@spinekind/core';
import { and, eq, lt, notLike, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { savedBreaks, usersWithBreaksOn } from '../breaks/store.js';
import type { Db } from '../db/client.js';
import { type UserScope, userScope } from '../db/scope.js';
import { loadProfile } from '../profile/store.js';
import { itemNotification, planItemReminders } from '../reminders/push-plan.js';
import type { PushSender } from './sender.js';
import { hasPushSubscription, pushToUser } from './store.js';
import { BREAK_REMINDER_KEY, pushReminders } from './table.js';

const MINUTE = 60_000;
/** A reminder more than this late is not sent at all (a break prompt hours later is noise). */
export const PUSH_LATE_LIMIT_MS = 10 * MINUTE;
/** Attempts before a reminder is given up as `failed`. */
export const PUSH_MAX_ATTEMPTS = 3;
/** A claim older than this (the instance died mid-send) may be taken over by another instance. */
const CLAIM_LEASE_MS = 2 * MINUTE;
/** A failed send is tried again no sooner than this (on a later tick). */
const RETRY_DELAY_MS = 15_000;
/** How far ahead reminders are planned, and how long rows are kept. */
const LOOKAHEAD_MS = 5 * MINUTE;
const KEEP_MS = 7 * 24 * 60 * MINUTE;
/**
 * A questionnaire reminder's key names the answer it follows (`questionnaire:peg:<last answered>`), so its
 * row is what keeps it to once while she leaves it unanswered: kept for a year, not a week, or the same
 * reminder would come back every week.
 */
const KEEP_QUESTIONNAIRE_MS = 366 * 24 * 60 * MINUTE;
const USERS_PER_BATCH = 500;

export interface PushJobDeps {
  db: Db;
  clock: () => Date;
  send: PushSender;
  log: FastifyBaseLogger;
  intervalMs: number;
  /** Reminders claimed per round; several rounds run per tick until none are due. */
  batchSize?: number;
}

export interface PushRunResult {
  planned: number;
  sent: number;
  expired: number;
  cancelled: number;
  retried: number;
  failed: number;
  removedSubscriptions: number;
}

type Settled = 'sent' | 'expired' | 'cancelled' | 'pending' | 'failed';
interface Claimed {
  userId: string;
  dueAt: Date;
  /** `break` for break reminders, else the reminder's own key (reminders/push-plan.ts). */
  key: string;
  /** A break kind (`move`, `stand`, `sit`) or a reminder kind (`checkin`, `routine`…). */
  kind: string;
  attempts: number;
}

/**
 * Step 1: for users with reminders on and at least one device, store the reminders due in the coming
 * window as `pending`: break reminders, then her other reminders (check-in, routines…). Idempotent (one
 * row per user, instant and key), so every instance may plan.
 */
export async function planReminders(db: Db, now: Date, intervalMs: number): Promise<number> {
  const fromMs = now.getTime() - Math.max(2 * intervalMs, MINUTE);
  const toMs = now.getTime() + Math.max(LOOKAHEAD_MS, 2 * intervalMs);
  return (await planBreakReminders(db, now, fromMs, toMs)) + (await planItemReminders(db, now, fromMs, toMs));
}

async function planBreakReminders(db: Db, now: Date, fromMs: number, toMs: number): Promise<number> {
  let planned = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const users = await usersWithBreaksOn(db, after, USERS_PER_BATCH, hasPushSubscription(db));
    const rows = users.flatMap((u) => {
      const settings = breakSettingsSchema.safeParse(u.settings);
      const state = breakStateSchema.safeParse(u.state);
      if (!settings.success || !state.success) return [];
      return remindersBetween(settings.data, state.data, fromMs, toMs).map((r) => ({
        userId: u.userId,
        dueAt: new Date(r.at),
        key: BREAK_REMINDER_KEY,
        kind: r.kind,
        status: 'pending',
        createdAt: now,
      }));
    });
    if (rows.length) {
      // A reminder cancelled earlier (e.g. during a pause) that is back on the plan becomes pending again.
      const inserted = await db
        .insert(pushReminders)
        .values(rows)
        .onConflictDoUpdate({
          target: [pushReminders.userId, pushReminders.dueAt, pushReminders.key],
          set: { status: 'pending', kind: sql`excluded.kind`, attempts: 0 },
          where: eq(pushReminders.status, 'cancelled'),
        })
        .returning({ userId: pushReminders.userId });
      planned += inserted.length;
    }
    const last = users.at(-1);
    if (!last || users.length < USERS_PER_BATCH) return planned;
    after = last.userId;
  }
}

/**
 * Claims up to `limit` due reminders for this instance: `FOR UPDATE SKIP LOCKED` lets instances
 * claim side by side without waiting for or double-taking each other's rows. The claim is committed
 * at once (status `sending`), so no transaction stays open while push services answer.
 */
export async function claimDueReminders(db: Db, now: Date, limit: number): Promise<Claimed[]> {
  const r = pushReminders;
  const at = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
  const t = now.getTime();
  // A retry waits: after a failed attempt `sent_at` holds that attempt's time.
  const result = await db.execute(sql`
    with due as (
      select ${r.userId}, ${r.dueAt}, ${r.key} from ${r}
      where (${r.status} = 'pending' and ${r.dueAt} <= ${at(t)}
             and (${r.sentAt} is null or ${r.sentAt} <= ${at(t - RETRY_DELAY_MS)}))
         or (${r.status} = 'sending' and ${r.sentAt} < ${at(t - CLAIM_LEASE_MS)})
      order by ${r.dueAt}
      limit ${limit}
      for update skip locked
    )
    update ${r} set status = 'sending', attempts = ${r.attempts} + 1, sent_at = ${at(t)}
    from due
    where ${r.userId} = due.user_id and ${r.dueAt} = due.due_at and ${r.key} = due.key
    returning ${r.userId} as user_id, ${r.dueAt} as due_at, ${r.key} as key, ${r.kind} as kind,
      ${r.attempts} as attempts`);
  // node-postgres and PGlite both answer raw queries with `{ rows }`.
  const { rows } = result as unknown as { rows: Record<string, unknown>[] };
  return rows.map((row) => ({
    userId: String(row.user_id),
    dueAt: new Date(row.due_at as string | Date),
    key: String(row.key),
    kind: String(row.kind),
    attempts: Number(row.attempts),
  }));
}

async function settle(db: Db, claimed: Claimed, status: Settled, now: Date): Promise<void> {
  await db
    .update(pushReminders)
    .set({ status, sentAt: status === 'sent' || status === 'pending' ? now : null })
    .where(
      and(
        eq(pushReminders.userId, claimed.userId),
        eq(pushReminders.dueAt, claimed.dueAt),
        eq(pushReminders.key, claimed.key),
        eq(pushReminders.status, 'sending'),
      ),
    );
}

/** A break reminder's notification in her language, or null when settings, a skip, a pause or a snooze have changed since it was planned. */
async function breakPayload(scope: UserScope, claimed: Claimed): Promise<string | null> {
  const row = await savedBreaks(scope);
  const settings = breakSettingsSchema.safeParse(row?.settings);
  const state = breakStateSchema.safeParse(row?.state ?? {});
  const kind = reminderKinds.find((k) => k === claimed.kind);
  if (
    !kind ||
    !settings.success ||
    !state.success ||
    !isReminderDue(settings.data, state.data, claimed.dueAt.getTime())
  ) {
    return null;
  }
  // A job has no request: the language of her profile, else English.
  const locale = (await loadProfile(scope)).language ?? 'en';
  return JSON.stringify(breakNotification(settings.data, { at: claimed.dueAt.toISOString(), kind }, locale));
}

/** Sends one claimed reminder to every device of its user and records what happened. */
async function deliver(
  deps: PushJobDeps,
  claimed: Claimed,
  now: Date,
  result: PushRunResult,
): Promise<Settled> {
  const lateMs = now.getTime() - claimed.dueAt.getTime();
  if (lateMs > PUSH_LATE_LIMIT_MS) return 'expired';
  const scope = userScope(deps.db, claimed.userId);
  const payload =
    claimed.key === BREAK_REMINDER_KEY
      ? await breakPayload(scope, claimed)
      : await itemNotification(scope, claimed.key, claimed.dueAt);
  if (!payload) return 'cancelled';
  // The push service may hold it for an offline device only until it would be too late.
  const ttlSeconds = Math.max(30, Math.round((PUSH_LATE_LIMIT_MS - Math.max(0, lateMs)) / 1000));
  const outcome = await pushToUser(scope, deps.send, payload, ttlSeconds, now);
  result.removedSubscriptions += outcome.removed;
  if (outcome.delivered > 0) return 'sent';
  if (outcome.devices === outcome.removed) return 'cancelled';
  return claimed.attempts >= PUSH_MAX_ATTEMPTS ? 'failed' : 'pending';
}

/** Step 2: claim due reminders round by round and send them. */
export async function sendDueReminders(deps: PushJobDeps, result: PushRunResult): Promise<void> {
  const limit = deps.batchSize ?? 50;
  for (;;) {
    const now = deps.clock();
    const claimed = await claimDueReminders(deps.db, now, limit);
    for (const c of claimed) {
      let status: Settled;
      try {
        status = await deliver(deps, c, now, result);
      } catch (err) {
        deps.log.error({ err }, 'push reminder failed');
        status = c.attempts >= PUSH_MAX_ATTEMPTS ? 'failed' : 'pending';
      }
      await settle(deps.db, c, status, now);
      const counted = status === 'pending' ? 'retried' : status;
      result[counted] += 1;
    }
    if (claimed.length < limit) return;
  }
}

/** Plans, sends and, once an hour, deletes reminder rows older than a week. */
export function createPushJob(deps: PushJobDeps) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<PushRunResult | undefined> | undefined;
  let lastCleanup = 0;

  async function runOnce(): Promise<PushRunResult> {
    const now = deps.clock();
    const result: PushRunResult = {
      planned: await planReminders(deps.db, now, deps.intervalMs),
      sent: 0,
      expired: 0,
      cancelled: 0,
      retried: 0,
      failed: 0,
      removedSubscriptions: 0,
    };
    await sendDueReminders(deps, result);
    if (now.getTime() - lastCleanup >= 60 * MINUTE) {
      const before = (ms: number) => lt(pushReminders.dueAt, new Date(now.getTime() - ms));
      await deps.db
        .delete(pushReminders)
        .where(
          or(
            and(before(KEEP_MS), notLike(pushReminders.key, 'questionnaire:%')),
            before(KEEP_QUESTIONNAIRE_MS),
          ),
        );
      lastCleanup = now.getTime();
    }
    if (Object.values(result).some((n) => n > 0)) deps.log.info({ push: result }, 'push reminders');
    return result;
  }

  /** One run at a time per instance; a tick while one runs is skipped. */
  function tick(): Promise<PushRunResult | undefined> {
    running ??= runOnce()
      .catch((err: unknown) => {
        deps.log.error({ err }, 'push job run failed');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    runOnce,
    tick,
    start() {
      if (timer || deps.intervalMs <= 0) return;
      timer = setInterval(() => void tick(), deps.intervalMs);
      timer.unref();
      void tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
export type PushJob = ReturnType<typeof createPushJob>;
