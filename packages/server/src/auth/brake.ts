import { createHash } from 'node:crypto';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { RetryLater } from '../http/errors.js';
import { authBrake, knownSignIns } from './table.js';

/**
 * The brake on password guessing (sign-in, `DELETE /me`, token creation, password change). Never a hard
 * lock: each key allows a few free failures, then one attempt per progressive delay (2^(n−free) s, capped).
 *
 * - `account_ip`: her email from one address. Stops one attacker at her account without touching her elsewhere.
 * - `ip`: one address across all accounts (higher threshold: a household or clinic shares one).
 * - `account`: her email from everywhere, for attacks spread over many addresses. Gentler (lower cap),
 *   only fed by an address's free failures (an address already braked by `account_ip` adds nothing, so
 *   one attacker can't push it up), and not applied at addresses she has signed in from before.
 *
 * An attempt is reserved (counted as a failure) before the password is verified, in one transaction
 * with a row lock per key, so N parallel guesses are treated exactly as N sequential ones; `succeed`
 * gives the reservation back.
 */

export type BrakeKind = 'account_ip' | 'ip' | 'account';

export interface BrakeRule {
  /** Failures allowed before any delay. */
  free: number;
  /** The longest delay between two attempts, in ms. */
  capMs: number;
}

export interface BrakeOptions {
  rules: Record<BrakeKind, BrakeRule>;
  /** A key with no failure for this long starts again from zero. */
  forgetAfterMs: number;
  /** How long an address she signed in from keeps her clear of the `account` brake. */
  knownForMs: number;
}

export const defaultBrakeOptions: BrakeOptions = {
  rules: {
    account_ip: { free: 5, capMs: 15 * 60_000 },
    ip: { free: 50, capMs: 15 * 60_000 },
    account: { free: 20, capMs: 5 * 60_000 },
  },
  forgetAfterMs: 24 * 3600_000,
  knownForMs: 90 * 24 * 3600_000,
};

export interface BrakeKey {
  kind: BrakeKind;
  /** SHA-256 of the kind and its parts: what the table stores. */
  hash: string;
}

export interface Reservation {
  /** The keys whose count this attempt raised, and by how much (the `account` key may be 0). */
  counted: { key: BrakeKey; by: number }[];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const keyOf = (kind: BrakeKind, ...parts: string[]): BrakeKey => ({
  kind,
  hash: sha256([kind, ...parts].join('\u0000')),
});
const ORDER: BrakeKind[] = ['account_ip', 'ip', 'account'];

/** The keys of a password attempt at `email` from `ip`; `known` (she signed in from here before) drops the spread-out checks. */
export function brakeKeys(email: string, ip: string, known = false): BrakeKey[] {
  const email_ = email.trim().toLowerCase();
  const keys = [keyOf('account_ip', email_, ip)];
  if (!known) keys.push(keyOf('ip', ip), keyOf('account', email_));
  return keys;
}

/** The wait before the next attempt after `failures`, in ms (0 while free). */
export function delayMs(rule: BrakeRule, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.capMs, 1000 * 2 ** Math.min(failures - rule.free, 30));
}

class Braked extends Error {}

export function createBrake(db: Db, clock: () => Date, options: BrakeOptions = defaultBrakeOptions) {
  const staleBefore = (now: Date) => new Date(now.getTime() - options.forgetAfterMs);

  /** Raises one key by `by` if it is not braked; false when it is (the caller rolls back). */
  async function reserveOne(tx: Db, key: BrakeKey, by: number, now: Date): Promise<number | undefined> {
    const rule = options.rules[key.kind];
    const stale = staleBefore(now);
    const rows = await tx
      .insert(authBrake)
      .values({ key: key.hash, failures: by, lastFailureAt: now })
      .onConflictDoUpdate({
        target: authBrake.key,
        set: {
          failures: sql`case when ${authBrake.lastFailureAt} < ${stale} then ${by} else ${authBrake.failures} + ${by} end`,
          lastFailureAt: sql`case when ${by} > 0 then ${now} else ${authBrake.lastFailureAt} end`,
        },
        // The row is locked here and this is evaluated on its latest version: concurrent attempts queue.
        setWhere: sql`${authBrake.lastFailureAt} < ${stale}
          or ${authBrake.failures} < ${rule.free}
          or ${authBrake.lastFailureAt} + least(${rule.capMs}::float8, 1000 * power(2::float8, least(${authBrake.failures} - ${rule.free}, 30))) * interval '1 millisecond' <= ${now}`,
      })
      .returning({ failures: authBrake.failures });
    return rows[0]?.failures;
  }

  /** Seconds until every key allows an attempt again (at least 1). */
  async function retryAfter(keys: BrakeKey[], now: Date): Promise<number> {
    const rows = await db
      .select()
      .from(authBrake)
      .where(
        inArray(
          authBrake.key,
          keys.map((k) => k.hash),
        ),
      );
    let waitMs = 1000;
    for (const row of rows) {
      const key = keys.find((k) => k.hash === row.key);
      if (!key || row.lastFailureAt < staleBefore(now)) continue;
      const until = row.lastFailureAt.getTime() + delayMs(options.rules[key.kind], row.failures);
      waitMs = Math.max(waitMs, until - now.getTime());
    }
    return Math.ceil(waitMs / 1000);
  }

  return {
    /**
     * Reserves an attempt on every key, or throws `RetryLater` (429 `rate_limited` with `Retry-After`)
     * when one of them is braked. The attempt counts as a failure unless `succeed` is called.
     */
    async check(keys: BrakeKey[]): Promise<Reservation> {
      const now = clock();
      // Always the same order of row locks, so two attempts never wait on each other in a circle.
      const sorted = [...keys].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
      try {
        return await db.transaction(async (tx) => {
          const counted: Reservation['counted'] = [];
          let fromFreshAddress = true;
          for (const key of sorted) {
            // An address past its own free failures is braked already: it no longer feeds the account key.
            const by = key.kind === 'account' && !fromFreshAddress ? 0 : 1;
            const failures = await reserveOne(tx as unknown as Db, key, by, now);
            if (failures === undefined) throw new Braked();
            if (key.kind === 'account_ip') fromFreshAddress = failures <= options.rules.account_ip.free;
            counted.push({ key, by });
          }
          return { counted };
        });
      } catch (err) {
        if (!(err instanceof Braked)) throw err;
        const seconds = await retryAfter(keys, now);
        throw new RetryLater(waitMessage(seconds), seconds);
      }
    },

    /** The password was right: give the reservation back; her address starts again from zero. */
    async succeed(reservation: Reservation): Promise<void> {
      const now = clock();
      for (const { key, by } of reservation.counted) {
        if (key.kind === 'account_ip') await db.delete(authBrake).where(eq(authBrake.key, key.hash));
        else if (by > 0)
          await db
            .update(authBrake)
            .set({ failures: sql`greatest(${authBrake.failures} - ${by}, 0)` })
            .where(eq(authBrake.key, key.hash));
      }
      await db.delete(authBrake).where(lt(authBrake.lastFailureAt, staleBefore(now)));
    },

    /** Reserve, verify, and give back on success: the usual way to check a password. */
    async guard(keys: BrakeKey[], verify: () => Promise<boolean>): Promise<boolean> {
      const reservation = await this.check(keys);
      const ok = await verify();
      if (ok) await this.succeed(reservation);
      return ok;
    },

    /** Whether she signed in from this address within `knownForMs`. */
    async isKnown(userId: string | undefined, ip: string): Promise<boolean> {
      // The same query for an unknown email (nil id), so both cost the same.
      const since = new Date(clock().getTime() - options.knownForMs);
      const rows = await db
        .select({ at: knownSignIns.lastSignInAt })
        .from(knownSignIns)
        .where(
          and(
            eq(knownSignIns.userId, userId ?? '00000000-0000-0000-0000-000000000000'),
            eq(knownSignIns.ipHash, sha256(ip)),
          ),
        );
      return rows.some((r) => r.at >= since);
    },

    /** Remembers a sign-in from this address (and forgets her addresses unused for `knownForMs`). */
    async rememberSignIn(userId: string, ip: string): Promise<void> {
      const now = clock();
      await db
        .insert(knownSignIns)
        .values({ userId, ipHash: sha256(ip), lastSignInAt: now })
        .onConflictDoUpdate({
          target: [knownSignIns.userId, knownSignIns.ipHash],
          set: { lastSignInAt: now },
        });
      await db
        .delete(knownSignIns)
        .where(
          and(
            eq(knownSignIns.userId, userId),
            lt(knownSignIns.lastSignInAt, new Date(now.getTime() - options.knownForMs)),
          ),
        );
    },
  };
}

export type Brake = ReturnType<typeof createBrake>;

function waitMessage(seconds: number): string {
  // Whole sentences, so each translates as one (translateMessage).
  if (seconds === 1) return 'Too many attempts. Please wait 1 second and try again.';
  if (seconds < 90) return `Too many attempts. Please wait ${seconds} seconds and try again.`;
  return `Too many attempts. Please wait ${Math.ceil(seconds / 60)} minutes and try again.`;
}
