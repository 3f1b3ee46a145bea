import { useLiveQuery } from 'dexie-react-hooks';
import { type Conflict, db, type Resource } from './db';
import { merge, pick } from './merge';
import { enqueue } from './outbox';

type Editable = Exclude<Resource, 'breakLog' | 'bleedingAnswers' | 'experiments'>;
/** The resources whose records can be edited on two devices and so end up in a conflict. */
const editable: readonly Editable[] = ['checkins', 'screenings', 'sessions'];

/** How many records wait for her choice between this device's version and another's; `undefined` until counted. */
export function useConflictCount(): number | undefined {
  return useLiveQuery(async () => {
    const counts = await Promise.all(
      editable.map((r) =>
        db
          .table(r)
          .filter((x: { conflict?: Conflict }) => Boolean(x.conflict))
          .count(),
      ),
    );
    return counts.reduce((a, b) => a + b, 0);
  }, []);
}

type Held = { conflict?: Conflict; id: string } & Record<string, unknown>;
const heldOf = async (resource: Editable, id: string) =>
  (await db.table(resource).get(id)) as Held | undefined;

/**
 * "Keep mine": her change is sent again, now based on the other device's version: the fields she changed
 * (theirs stays for the rest), or her delete. A record deleted elsewhere is restored by the caller (a create
 * with its id, e.g. `restoreCheckin`).
 */
export async function keepMine(resource: Editable, id: string): Promise<void> {
  const record = await heldOf(resource, id);
  const conflict = record?.conflict;
  if (!record || !conflict || conflict.gone) return;
  const { theirs } = conflict;
  const baseVersion = theirs.version;
  if (conflict.deleted) return enqueue({ resource, kind: 'delete', id, baseVersion }, null);
  const payload = (conflict.patch ?? {}) as Record<string, unknown>;
  const base = pick(theirs, Object.keys(payload));
  await enqueue(
    { resource, kind: 'update', id, payload, base, baseVersion },
    { ...theirs, ...payload, pending: true },
  );
}

/**
 * "Keep theirs": the other device's version becomes this device's too. Her changes to fields the other device
 * left alone still go through (unless `alone`: theirs exactly, as "Keep both" wants); a record deleted
 * elsewhere ("Let it go") leaves this device too.
 */
export async function keepTheirs(resource: Editable, id: string, alone = false): Promise<void> {
  const record = await heldOf(resource, id);
  const conflict = record?.conflict;
  if (!conflict) return;
  if (conflict.gone) return db.table(resource).delete(id);
  const { theirs, patch = {}, base = {} } = conflict;
  const rest = conflict.deleted || alone ? {} : merge(base, patch as Record<string, unknown>, theirs).merged;
  if (Object.keys(rest).length === 0) return void (await db.table(resource).put(theirs));
  await enqueue(
    {
      resource,
      kind: 'update',
      id,
      payload: rest,
      base: pick(theirs, Object.keys(rest)),
      baseVersion: theirs.version,
    },
    { ...theirs, ...rest, pending: true },
  );
}
