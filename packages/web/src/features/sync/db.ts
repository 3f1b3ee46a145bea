import type { Checkin, Screening } from '@spinekind/core';
import { Dexie, type EntityTable } from 'dexie';

/** What the device keeps of a record: the server's copy, or a local one still waiting to sync. */
type Local<T> = T & { pending?: boolean; syncError?: string };
export type LocalCheckin = Local<Checkin>;
export type LocalScreening = Local<Screening> & { bookingReminder?: boolean };

/** The resources that are written offline-first, by their API path. */
export type Resource = 'checkins' | 'screenings';
export const singularOf = { checkins: 'checkin', screenings: 'screening' } as const;

export type OutboxOp =
  | { resource: Resource; kind: 'create'; id: string; payload: object }
  | { resource: Resource; kind: 'update'; id: string; payload: object }
  | { resource: Resource; kind: 'delete'; id: string };

export type OutboxItem = OutboxOp & { seq?: number; queuedAt: string; attempts: number; lastError?: string };

/** The on-device store: mirrors of the user's records and the outbox of writes not yet sent. */
export class SpinekindDb extends Dexie {
  checkins!: EntityTable<LocalCheckin, 'id'>;
  screenings!: EntityTable<LocalScreening, 'id'>;
  outbox!: EntityTable<OutboxItem, 'seq'>;
  constructor() {
    super('spinekind');
    this.version(1).stores({ checkins: 'id, localDate, recordedAt', outbox: '++seq, id' });
    this.version(2)
      .stores({ screenings: 'id, localDate, recordedAt' })
      .upgrade((tx) =>
        tx
          .table('outbox')
          .toCollection()
          .modify((op: OutboxItem) => {
            op.resource ??= 'checkins';
          }),
      );
  }
}

export const db = new SpinekindDb();

/** Forgets everything on this device (sign-out, account deletion). */
export async function clearLocalData(): Promise<void> {
  await db.transaction('rw', db.checkins, db.screenings, db.outbox, async () => {
    await Promise.all([db.checkins.clear(), db.screenings.clear(), db.outbox.clear()]);
  });
}
