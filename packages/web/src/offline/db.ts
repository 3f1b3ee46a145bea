import type { BleedingAnswer, Checkin, Experiment, Screening, Session } from '@spinekind/core';
import { Dexie, type EntityTable } from 'dexie';

/**
 * Another device changed (or deleted) the record after the edit made here: the server refused this one
 * (409). Her version stays as the local record until she chooses; `theirs` is the server's, `patch` what
 * this device was sending, `deleted` when the change made here was a delete.
 */
export interface Conflict {
  theirs: Record<string, unknown> & { version?: number };
  patch?: object;
  /** What the fields of `patch` held when she edited them (a change queued before bases were kept has none). */
  base?: Record<string, unknown>;
  /** The fields both devices changed, to different values: what she chooses between. */
  fields?: string[];
  deleted?: boolean;
  /** Her edit met a record deleted on another device: `theirs` is then her own last copy of it. */
  gone?: boolean;
}
/** What the device keeps of a record: the server's copy, or a local one still waiting to sync. */
type Local<T> = T & { pending?: boolean; syncError?: string; version?: number; conflict?: Conflict };
export type LocalCheckin = Local<Checkin>;
export type LocalScreening = Local<Screening> & { bookingReminder?: boolean };
export type LocalSession = Local<Session>;
export type LocalBleedingAnswer = Local<BleedingAnswer>;
/** Copies of small online-only data (own exercises, weekly plan) so Move works offline. */
export interface CachedValue {
  key: string;
  value: unknown;
}

/** A break answered on this device (`POST /breaks/log`); kept here only until the stats count it. */
export interface LocalBreakEntry {
  id: string;
  at: string;
  action: 'taken' | 'snoozed' | 'skipped';
  routineId?: string | null;
  pending?: boolean;
  syncError?: string;
}

/** The resources that are written offline-first, by their Dexie table name. */
export type Resource =
  | 'checkins'
  | 'screenings'
  | 'sessions'
  | 'breakLog'
  | 'bleedingAnswers'
  | 'experiments';
/** Resources the server only ever creates (no PATCH, DELETE or list). */
type CreateOnly = 'breakLog';
/** Experiments are set up online; offline only her daily answers wait (`adherence`, a PUT). */
type AnswerOnly = 'experiments';
export type OutboxOp =
  | { resource: Exclude<Resource, AnswerOnly>; kind: 'create'; id: string; payload: object }
  | { resource: Exclude<Resource, CreateOnly | AnswerOnly>; kind: 'update'; id: string; payload: object }
  | { resource: Exclude<Resource, CreateOnly | AnswerOnly>; kind: 'delete'; id: string }
  /** "Did you follow today's plan?" for one day: `PUT /experiments/:id/adherence/:date` (`id` = the experiment). */
  | {
      resource: AnswerOnly;
      kind: 'adherence';
      id: string;
      payload: { date: string; followed: boolean; timeZone: string };
    };

export type OutboxItem = OutboxOp & {
  seq?: number;
  queuedAt: string;
  attempts: number;
  /** Why the last try failed (a status, never her data), and when the next may go (ms since epoch). */
  lastError?: string;
  nextAttemptAt?: number;
  /** The record's version this update or delete was based on, sent as `If-Match` (none for old queues). */
  baseVersion?: number;
  /** An update: the values its fields held when she changed them, to merge with another device's change. */
  base?: Record<string, unknown>;
  /** A delete: the record as it was, brought back with the reason if the server refuses the delete. */
  before?: object;
};

/** The on-device store: mirrors of the user's records and the outbox of writes not yet sent. */
export class SpinekindDb extends Dexie {
  checkins!: EntityTable<LocalCheckin, 'id'>;
  screenings!: EntityTable<LocalScreening, 'id'>;
  sessions!: EntityTable<LocalSession, 'id'>;
  breakLog!: EntityTable<LocalBreakEntry, 'id'>;
  bleedingAnswers!: EntityTable<LocalBleedingAnswer, 'id'>;
  experiments!: EntityTable<Experiment & { pending?: boolean; syncError?: string }, 'id'>;
  cached!: EntityTable<CachedValue, 'key'>;
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
    this.version(3).stores({ sessions: 'id, localDate, startedAt', cached: 'key' });
    this.version(4).stores({ breakLog: 'id, at' });
    this.version(5).stores({ bleedingAnswers: 'id, runStart' });
    this.version(6).stores({ experiments: 'id' });
  }
}

export const db = new SpinekindDb();

/** Break answers the service worker keeps while offline (`PENDING` in public/push-sw.js). */
const SW_PENDING_CACHE = 'spinekind-pending-breaks';

/** Forgets everything on this device (sign-out, account deletion). */
export async function clearLocalData(): Promise<void> {
  // Every table, so one added later is forgotten too.
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
  // Never sent later under someone else's session.
  if ('caches' in globalThis) await caches.delete(SW_PENDING_CACHE);
  // Her profile (bone health among it) lives in `cached` now; a copy an older version kept in
  // localStorage must not stand in for the next person's either.
  localStorage.removeItem('spinekind.profile');
}
