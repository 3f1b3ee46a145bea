import type { Checkin, CheckinInput, CheckinPatch } from '@spinekind/core';
import { Dexie, type EntityTable } from 'dexie';

/** A check-in as kept on the device: the server's record, or a local one still waiting to sync. */
export type LocalCheckin = Checkin & { pending?: boolean; syncError?: string };

export type OutboxOp =
  | { kind: 'create'; id: string; payload: CheckinInput }
  | { kind: 'update'; id: string; payload: CheckinPatch }
  | { kind: 'delete'; id: string };

export type OutboxItem = OutboxOp & { seq?: number; queuedAt: string; attempts: number; lastError?: string };

/** The on-device store: a mirror of the user's check-ins and the outbox of writes not yet sent. */
export class SpinekindDb extends Dexie {
  checkins!: EntityTable<LocalCheckin, 'id'>;
  outbox!: EntityTable<OutboxItem, 'seq'>;
  constructor() {
    super('spinekind');
    this.version(1).stores({ checkins: 'id, localDate, recordedAt', outbox: '++seq, id' });
  }
}

export const db = new SpinekindDb();

/** Forgets everything on this device (sign-out, account deletion). */
export async function clearLocalData(): Promise<void> {
  await db.transaction('rw', db.checkins, db.outbox, async () => {
    await db.checkins.clear();
    await db.outbox.clear();
  });
}
