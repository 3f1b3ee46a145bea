import { callsOf } from './calls';
import { db, type Resource } from './db';
import { touchedAt } from './status';

/** Pulls records from the server into the device copy, keeping local writes that wait to sync. */
export async function pull(
  resource: Exclude<Resource, 'breakLog'>,
  query = '',
  range?: { from: string; to: string },
): Promise<number> {
  const asked = performance.now();
  const list = callsOf[resource].list;
  if (!list) throw new Error(`Sync: ${resource} can't be listed`);
  const items = await list(query.replace(/^\?/, ''));
  const mirror = db.table(resource);
  await db.transaction('rw', mirror, db.outbox, async () => {
    // Kept as the device has them: writes still waiting, and writes made or sent while we asked.
    const waiting = new Set((await db.outbox.toArray()).map((o) => o.id));
    for (const [id, at] of touchedAt) if (at >= asked) waiting.add(id);
    const local = range
      ? await mirror.where('localDate').between(range.from, range.to, true, true).toArray()
      : await mirror.toArray();
    // A conflict waits for her choice: the server's copy is already in it. A copy older than the one
    // the device holds (an answer that was on its way while one of her writes went through) is not taken.
    const held = new Map(local.map((c) => [c.id, c.version as number | undefined]));
    for (const c of local) if (c.conflict) waiting.add(c.id);
    for (const item of items) {
      const mine = held.get(item.id);
      if (mine !== undefined && item.version !== undefined && item.version < mine) waiting.add(item.id);
    }
    await mirror.bulkDelete(local.filter((c) => !waiting.has(c.id) && !c.syncError).map((c) => c.id));
    await mirror.bulkPut(items.filter((c) => !waiting.has(c.id)));
  });
  return items.length;
}

export const pullRange = (from: string, to: string) =>
  pull('checkins', `?from=${from}&to=${to}`, { from, to });
