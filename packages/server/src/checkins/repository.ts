import {
  type Checkin,
  type CheckinInput,
  checkinFieldNames,
  formatWithOffset,
  localDateOf,
  offsetMinutesOf,
} from '@spinekind/core';
import { asc, between, eq } from 'drizzle-orm';
import { checkins } from '../db/schema/index.js';
import type { UserScope } from '../db/scope.js';

type Row = typeof checkins.$inferSelect;
type Values = Omit<typeof checkins.$inferInsert, 'userId' | 'createdAt' | 'updatedAt'>;

/** Stored row → API record: every field present, `recordedAt` in the offset it was recorded with. */
export function toCheckin(row: Row): Checkin {
  const { userId: _u, utcOffsetMinutes, recordedAt, createdAt, updatedAt, ...fields } = row;
  return {
    ...(fields as Omit<Checkin, 'recordedAt' | 'createdAt' | 'updatedAt'>),
    recordedAt: formatWithOffset(recordedAt.getTime(), utcOffsetMinutes),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

function toValues(id: string, input: CheckinInput): Values {
  const values: Record<string, unknown> = { id };
  for (const name of checkinFieldNames) values[name] = input[name] ?? null;
  return {
    ...(values as Omit<Values, 'recordedAt' | 'utcOffsetMinutes' | 'localDate'>),
    recordedAt: new Date(input.recordedAt),
    utcOffsetMinutes: offsetMinutesOf(input.recordedAt),
    localDate: localDateOf(input.recordedAt),
  };
}

/** Check-in storage for one user. */
export function checkinRepository(scope: UserScope) {
  const { db } = scope;
  return {
    /** Inserts unless this user already has a check-in with `id`; `created` tells which happened. */
    async create(
      id: string,
      input: CheckinInput,
      now: Date,
    ): Promise<{ checkin: Checkin; created: boolean }> {
      const inserted = await db
        .insert(checkins)
        .values({ ...toValues(id, input), userId: scope.userId, createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: [checkins.userId, checkins.id] })
        .returning();
      if (inserted[0]) return { checkin: toCheckin(inserted[0]), created: true };
      const existing = await this.get(id);
      if (!existing) throw new Error('check-in vanished between insert and read');
      return { checkin: existing, created: false };
    },

    /** One check-in; `lock` holds its row until the surrounding transaction ends (read-modify-write). */
    async get(id: string, { lock = false } = {}): Promise<Checkin | undefined> {
      const query = db
        .select()
        .from(checkins)
        .where(scope.where(checkins, eq(checkins.id, id)));
      const rows = lock ? await query.for('update') : await query;
      return rows[0] && toCheckin(rows[0]);
    },

    /** Check-ins whose local date lies in [from, to], oldest first. */
    async list(from: string, to: string): Promise<Checkin[]> {
      const rows = await db
        .select()
        .from(checkins)
        .where(scope.where(checkins, between(checkins.localDate, from, to)))
        .orderBy(asc(checkins.recordedAt), asc(checkins.createdAt));
      return rows.map(toCheckin);
    },

    async replace(id: string, input: CheckinInput, now: Date): Promise<Checkin | undefined> {
      const { id: _id, ...values } = toValues(id, input);
      const rows = await db
        .update(checkins)
        .set({ ...values, updatedAt: now })
        .where(scope.where(checkins, eq(checkins.id, id)))
        .returning();
      return rows[0] && toCheckin(rows[0]);
    },

    async remove(id: string): Promise<boolean> {
      const rows = await db
        .delete(checkins)
        .where(scope.where(checkins, eq(checkins.id, id)))
        .returning({ id: checkins.id });
      return rows.length > 0;
    },
  };
}
