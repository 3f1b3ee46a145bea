import { ApiError, api, NetworkError } from '../lib/api';
import { db, type OutboxItem, type OutboxOp, pathOf, type Resource, singularOf } from './db';
import { claimDevice, type DeviceOwner, deviceOwner, keptOwner } from './owner';

type Listener = () => void;
const listeners = new Set<Listener>();
let state = {
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncing: false,
  authLost: false,
};

/** Sync status for the UI (`useSyncExternalStore`). */
export const syncStatus = {
  get: () => state,
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
function setState(next: Partial<typeof state>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

/**
 * When each record was last written locally or confirmed by the server. A pull whose answer left
 * the server before that moment must not overwrite the record: its answer is older than what the
 * device holds.
 */
const touchedAt = new Map<string, number>();
function touch(id: string) {
  const now = performance.now();
  touchedAt.set(id, now);
  for (const [key, at] of touchedAt) if (now - at > 600_000) touchedAt.delete(key);
}

/**
 * Saves a write on the device first (optimistic), then tries to send it. An update or delete remembers the
 * version of the record it was based on (`If-Match`), so a change made meanwhile elsewhere is not overwritten.
 */
export async function enqueue(op: OutboxOp & { baseVersion?: number }, local: object | null): Promise<void> {
  const mirror = db.table(op.resource);
  await db.transaction('rw', mirror, db.outbox, async () => {
    const prior = (await mirror.get(op.id)) as { version?: number } | undefined;
    const baseVersion = op.kind === 'create' ? undefined : (op.baseVersion ?? prior?.version);
    if (local) await mirror.put({ ...local, version: baseVersion ?? prior?.version });
    else await mirror.delete(op.id);
    await db.outbox.add({
      ...op,
      baseVersion,
      queuedAt: new Date().toISOString(),
      attempts: 0,
    } as OutboxItem);
  });
  touch(op.id);
  void syncNow();
}

async function send(op: OutboxItem): Promise<{ version?: number } | undefined> {
  const key = singularOf[op.resource];
  const path = pathOf[op.resource];
  if (op.kind === 'create') return (await api<Record<string, object>>('POST', path, op.payload))[key];
  const ifMatch: Record<string, string> = op.baseVersion ? { 'if-match': `"${op.baseVersion}"` } : {};
  if (op.kind === 'update') {
    return (await api<Record<string, object>>('PATCH', `${path}/${op.id}`, op.payload, ifMatch))[key];
  }
  await api('DELETE', `${path}/${op.id}`, undefined, ifMatch);
  return undefined;
}

/**
 * Another device changed the record first (409): nothing of hers is dropped. Her version stays as the local
 * record (a delete brings theirs back to show), marked with theirs and what she was sending, until she chooses.
 */
async function holdConflict(op: OutboxItem, theirs: Record<string, unknown>) {
  const mirror = db.table(op.resource);
  await db.transaction('rw', mirror, db.outbox, async () => {
    const chain = await db.outbox.where('id').equals(op.id).toArray();
    const patch = Object.assign({}, ...chain.map((o) => ('payload' in o ? o.payload : {})));
    await db.outbox.bulkDelete(chain.map((o) => o.seq as number));
    const deleted = chain.at(-1)?.kind === 'delete';
    if (op.resource !== 'checkins' && !deleted) {
      // Screenings are changed by small patches (acknowledged, booked, followed up): hers go on top of
      // theirs, field by field, with nothing to choose.
      const version = theirs.version as number | undefined;
      await mirror.put({ ...theirs, ...patch, pending: true });
      const { resource, id, queuedAt } = op;
      const rebased = {
        resource,
        kind: 'update',
        id,
        payload: patch,
        baseVersion: version,
        queuedAt,
        attempts: 0,
      };
      await db.outbox.add(rebased as OutboxItem);
      return;
    }
    const mine = deleted ? theirs : await mirror.get(op.id);
    await mirror.put({ ...(mine ?? theirs), pending: false, conflict: { theirs, patch, deleted } });
  });
}

/** Marks the local copy with why the server refused it, so the user sees it and can fix it. */
async function refuse(op: OutboxItem, message: string) {
  const mirror = db.table(op.resource);
  await db.transaction('rw', mirror, db.outbox, async () => {
    await db.outbox.delete(op.seq as number);
    if (op.kind !== 'delete') await mirror.update(op.id, { syncError: message, pending: false });
  });
}

/** Who is signed in while syncing runs: waiting changes are only ever sent under their owner's session. */
let signedInAs: string | undefined;

async function drain(): Promise<void> {
  const owner = await deviceOwner();
  if (!signedInAs || (owner && owner.id !== signedInAs)) return;
  for (;;) {
    const op = await db.outbox.orderBy('seq').first();
    if (!op || op.seq === undefined) return;
    try {
      const saved = await send(op);
      // Marked before the local copy is replaced, so a pull that asked in the meantime leaves it alone.
      touch(op.id);
      retryPause = 0;
      setState({ online: true, authLost: false });
      const mirror = db.table(op.resource);
      await db.transaction('rw', mirror, db.outbox, async () => {
        await db.outbox.delete(op.seq as number);
        // Only replace the local copy when no later write for it is still waiting; those are based on this one.
        const later = db.outbox.where('id').equals(op.id);
        if (saved && (await later.count()) === 0) await mirror.put(saved);
        else if (saved?.version) {
          await later.modify({ baseVersion: saved.version });
          await mirror.update(op.id, { version: saved.version });
        }
      });
      touch(op.id);
    } catch (err) {
      if (err instanceof NetworkError) {
        retrySoon();
        return setState({ online: false });
      }
      if (err instanceof ApiError && err.status === 401) return setState({ authLost: true });
      if (err instanceof ApiError && err.status === 409 && err.code === 'conflict' && err.current) {
        await holdConflict(op, err.current);
        continue;
      }
      if (err instanceof ApiError && err.status === 404 && op.kind === 'delete') {
        await db.outbox.delete(op.seq);
        continue;
      }
      if (err instanceof ApiError && err.status < 500 && err.status !== 429) {
        await refuse(op, err.message);
        continue;
      }
      await db.outbox.update(op.seq, {
        attempts: op.attempts + 1,
        lastError: String((err as Error).message),
      });
      return;
    }
  }
}

/**
 * After "can't reach your server", the replay is tried again after 2 s, then 4, 8, 16 and every 30 s
 * (besides the triggers in `startSync`), so a short outage ends soon without every device hammering it.
 */
let retryPause = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
function retrySoon() {
  retryPause = Math.min(retryPause ? retryPause * 2 : 2_000, 30_000);
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void syncNow(), retryPause);
}

let running: Promise<void> | undefined;
/** Sends waiting writes in order, once at a time; replays keep their ids, so each lands exactly once. */
export function syncNow(): Promise<void> {
  running ??= (async () => {
    setState({ syncing: true });
    try {
      await drain();
    } finally {
      setState({ syncing: false });
      running = undefined;
    }
  })();
  return running;
}

/** Keeps syncing: on start, when the network returns, when the app comes back to the front, and every 30 s. */
export function startSync(user: DeviceOwner): () => void {
  signedInAs = user.id;
  const online = () => {
    setState({ online: true });
    void syncNow();
  };
  const offline = () => setState({ online: false });
  const visible = () => document.visibilityState === 'visible' && void syncNow();
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  document.addEventListener('visibilitychange', visible);
  const timer = window.setInterval(() => void syncNow(), 30_000);
  setState({ authLost: false });
  // A device from before owners were kept belongs to whoever signed in on it last, which is her.
  void keptOwner()
    .then((owner) => (owner ? undefined : claimDevice(user)))
    .then(() => syncNow());
  return () => {
    signedInAs = undefined;
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
    document.removeEventListener('visibilitychange', visible);
    window.clearInterval(timer);
    clearTimeout(retryTimer);
  };
}

/** Pulls records from the server into the device copy, keeping local writes that wait to sync. */
export async function pull(
  resource: Exclude<Resource, 'breakLog'>,
  query = '',
  range?: { from: string; to: string },
): Promise<number> {
  const asked = performance.now();
  const { items } = await api<{ items: { id: string }[] }>('GET', `${pathOf[resource]}${query}`);
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
    for (const item of items as { id: string; version?: number }[]) {
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
