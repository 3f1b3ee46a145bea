import { useLiveQuery } from 'dexie-react-hooks';
import { type Conflict, db, type Resource } from './db';
import { enqueue } from './outbox';

type Editable = Exclude<Resource, 'breakLog' | 'bleedingAnswers'>;
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

/**
 * "Keep mine": her change is sent again, now based on the other device's version (it overwrites it).
 * `payload` is the whole of her version where a patch would leave some of theirs standing.
 */
export async function keepMine(resource: Editable, id: string, payload?: object): Promise<void> {
  const record = (await db.table(resource).get(id)) as ({ conflict?: Conflict } & object) | undefined;
  const conflict = record?.conflict;
  if (!record || !conflict) return;
  const baseVersion = conflict.theirs.version;
  if (conflict.deleted) return enqueue({ resource, kind: 'delete', id, baseVersion }, null);
  const { conflict: _c, ...mine } = record;
  await enqueue(
    { resource, kind: 'update', id, payload: payload ?? conflict.patch ?? {}, baseVersion },
    { ...mine, pending: true },
  );
}

/** "Keep theirs": the other device's version becomes this device's too; her change is let go. */
export async function keepTheirs(resource: Editable, id: string): Promise<void> {
  const record = (await db.table(resource).get(id)) as { conflict?: Conflict } | undefined;
  if (record?.conflict) await db.table(resource).put(record.conflict.theirs);
}
