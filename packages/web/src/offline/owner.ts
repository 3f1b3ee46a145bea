import { db, type Resource } from './db';

/** Whose records and waiting changes this device holds: set when she signs in, gone with the device data. */
export interface DeviceOwner {
  id: string;
  email: string;
}

const OWNER = 'owner';

/** A copy of her user an older version kept in localStorage: read once into the owner, then gone. */
const LEGACY_USER = 'spinekind.user';

/**
 * The owner stored with the device data, if any: who she is to the app when the server can't say. A device
 * from before owners were kept takes its last signed-in user from the copy that version left in localStorage.
 */
export async function deviceOwner(): Promise<DeviceOwner | undefined> {
  const kept = await storedOwner();
  const legacy = localStorage.getItem(LEGACY_USER);
  if (legacy === null) return kept;
  localStorage.removeItem(LEGACY_USER);
  if (kept) return kept;
  try {
    const { id, email } = JSON.parse(legacy) as DeviceOwner;
    if (typeof id !== 'string' || typeof email !== 'string') return undefined;
    await claimDevice({ id, email });
    return { id, email };
  } catch (err) {
    console.warn('An older copy of the signed-in user could not be read; it is dropped.', err);
    return undefined;
  }
}

/** The owner as stored, read only (for a live query: the legacy copy is taken over by `deviceOwner`). */
export const storedOwner = async (): Promise<DeviceOwner | undefined> =>
  (await db.cached.get(OWNER))?.value as DeviceOwner | undefined;

export async function claimDevice(user: DeviceOwner): Promise<void> {
  await db.cached.put({ key: OWNER, value: { id: user.id, email: user.email } });
}

/** `maya@example.org` → `m…@example.org`: enough for her to know it is hers, not enough to hand it out. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return `${email.slice(0, 1)}…`;
  return `${email.slice(0, 1)}…${email.slice(at)}`;
}

/** Fields only the device keeps; the server's import refuses unknown fields. */
const deviceOnly = ['pending', 'syncError', 'conflict', 'bookingReminder', 'version'];

/**
 * The records behind the waiting changes, as a JSON backup (`POST /import` restores it, keeping ids, and
 * adds to what the account has). Deletions can't be written in a backup, so they are left out.
 */
export async function heldBackup(
  now = new Date(),
): Promise<{ doc: Record<string, unknown>; records: number }> {
  const ops = await db.outbox.toArray();
  const ids = new Map<Resource, Set<string>>();
  for (const op of ops) {
    // A daily experiment answer is no record of its own in a backup: it waits in the outbox instead.
    if (op.kind === 'delete' || op.kind === 'adherence') continue;
    const set = ids.get(op.resource) ?? new Set<string>();
    set.add(op.id);
    ids.set(op.resource, set);
  }
  const doc: Record<string, unknown> = {
    format: 'spinekind-backup',
    version: 1,
    exportedAt: now.toISOString(),
  };
  let records = 0;
  for (const [resource, wanted] of ids) {
    const rows = (await db.table(resource).bulkGet([...wanted])) as (Record<string, unknown> | undefined)[];
    const items = rows
      .filter((r): r is Record<string, unknown> => r !== undefined)
      .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !deviceOnly.includes(k))));
    records += items.length;
    doc[resource] = items;
  }
  return { doc, records };
}

/** Offers the waiting records as a file named after the day, e.g. `spinekind-unsent-2026-12-06.json`. */
export async function downloadHeld(): Promise<number> {
  const { doc, records } = await heldBackup();
  const blob = new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `spinekind-unsent-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return records;
}
