import { type Conflict, db, type OutboxItem } from './db';
import { type MergeResult, merge, mergeScreening, pick } from './merge';

type Row = Record<string, unknown>;
/** What only this device keeps on a record (never sent, never part of a version). */
export const localOnly = ['pending', 'syncError', 'conflict'] as const;
export function withoutLocal(record: object): Row {
  const copy: Row = { ...record };
  for (const k of localOnly) delete copy[k];
  return copy;
}

/** Her waiting changes to one record, as one: the fields she changed (latest value) and their first base. */
function combined(chain: OutboxItem[]) {
  const patch: Row = {};
  const base: Row = {};
  for (const op of chain) {
    if (op.kind !== 'update') continue;
    for (const [field, value] of Object.entries(op.payload)) {
      // The base is what she saw before her first change of the field (a later one's is her own value).
      if (!(field in patch) && op.base && field in op.base) base[field] = op.base[field];
      patch[field] = value;
    }
  }
  return { patch, base };
}

/** An update of hers, queued again on top of the version the server holds now. */
async function rebase(op: OutboxItem, payload: Row, theirs: Row & { version?: number }) {
  const { resource, id, queuedAt } = op;
  await db.outbox.add({
    resource,
    kind: 'update',
    id,
    payload,
    base: pick(theirs, Object.keys(payload)),
    baseVersion: theirs.version,
    queuedAt,
    attempts: 0,
  } as OutboxItem);
}

/**
 * Another device changed the record first (409): nothing of hers is dropped. Her changes are merged field by
 * field with theirs (merge.ts): fields only she changed are sent again on top of theirs, without a word. A
 * field both changed to different values (or a delete meeting a newer edit) waits for her choice: her
 * version stays as the local record (theirs with her changes on top), marked with theirs and what she sent.
 */
export async function holdConflict(op: OutboxItem, theirs: Row & { version?: number }): Promise<void> {
  const mirror = db.table(op.resource);
  await db.transaction('rw', mirror, db.outbox, async () => {
    const chain = await db.outbox.where('id').equals(op.id).toArray();
    await db.outbox.bulkDelete(chain.map((o) => o.seq as number));
    if (chain.at(-1)?.kind === 'delete') {
      const conflict: Conflict = { theirs, deleted: true };
      await mirror.put({ ...theirs, pending: false, conflict });
      return;
    }
    const { patch, base } = combined(chain);
    // A screening's follow-up facts each have one right answer (merge.ts); exercise sessions are only ever
    // created offline, so only check-ins can put a choice to her.
    const result: MergeResult =
      op.resource === 'screenings' ? mergeScreening(patch, theirs) : merge(base, patch, theirs);
    if (!('conflict' in result)) {
      const pending = Object.keys(result.merged).length > 0;
      await mirror.put({ ...theirs, ...result.merged, pending });
      if (pending) await rebase(op, result.merged, theirs);
      return;
    }
    const conflict: Conflict = { theirs, patch, base, fields: result.conflict };
    await mirror.put({ ...theirs, ...patch, pending: false, conflict });
  });
}

/**
 * Her edit met a record deleted on another device (404): her version stays, marked as gone there, until she
 * restores it with her changes or lets it go.
 */
export async function holdGone(op: OutboxItem): Promise<void> {
  const mirror = db.table(op.resource);
  await db.transaction('rw', mirror, db.outbox, async () => {
    const chain = await db.outbox.where('id').equals(op.id).toArray();
    await db.outbox.bulkDelete(chain.map((o) => o.seq as number));
    const mine = (await mirror.get(op.id)) as Row | undefined;
    if (!mine) return;
    const { patch } = combined(chain);
    const conflict: Conflict = { theirs: withoutLocal(mine), patch, gone: true };
    await mirror.put({ ...mine, pending: false, conflict });
  });
}
