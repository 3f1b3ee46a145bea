import { ApiError, ifMatch, NetworkError } from '../lib/api';
import { backoffDelay, timing } from './backoff';
import { callsOf } from './calls';
import { db, type OutboxItem, type OutboxOp } from './db';
import { holdConflict, holdGone, withoutLocal } from './hold';
import { claimDevice, type DeviceOwner, deviceOwner } from './owner';
import { setState, syncStatus, touch } from './status';

export { syncStatus };

/**
 * Saves a write on the device first (optimistic), then tries to send it. An update or delete remembers the
 * version of the record it was based on (`If-Match`), so a change made meanwhile elsewhere is not overwritten.
 */
export async function enqueue(
  op: OutboxOp & Pick<OutboxItem, 'baseVersion' | 'base'>,
  local: object | null,
): Promise<void> {
  const mirror = db.table(op.resource);
  await db.transaction('rw', mirror, db.outbox, async () => {
    const prior = (await mirror.get(op.id)) as { version?: number } | undefined;
    const baseVersion = op.kind === 'create' ? undefined : (op.baseVersion ?? prior?.version);
    if (local) await mirror.put({ ...local, version: baseVersion ?? prior?.version });
    else await mirror.delete(op.id);
    // A delete keeps the record as it was, so a refusal can bring it back with the reason.
    const before = op.kind === 'delete' && prior ? withoutLocal(prior) : undefined;
    await db.outbox.add({
      ...op,
      baseVersion,
      ...(before ? { before } : {}),
      queuedAt: new Date().toISOString(),
      attempts: 0,
    } as OutboxItem);
  });
  touch(op.id);
  if (running) changedDuringRun = true;
  void syncNow();
}

async function send(op: OutboxItem): Promise<{ version?: number } | undefined> {
  const calls = callsOf[op.resource];
  if (op.kind === 'adherence') return needs(calls.adherence, op)(op.id, op.payload);
  if (op.kind === 'create') return needs(calls.create, op)(op.payload);
  const basedOn = ifMatch(op.baseVersion || undefined);
  if (op.kind === 'update') return needs(calls.update, op)(op.id, op.payload, basedOn);
  await needs(calls.remove, op)(op.id, basedOn);
  return undefined;
}

/** The call an op needs; a queue holding an op its resource has no route for is a bug, said plainly. */
function needs<F>(fn: F | undefined, op: OutboxItem): F {
  if (!fn) throw new Error(`Sync: no route to ${op.kind} one of her ${op.resource}`);
  return fn;
}

/** Marks the local copy with why the server refused it, so the user sees it and can fix it. */
async function refuse(op: OutboxItem, message: string) {
  console.warn(`Sync: the server refused a change (${op.kind} of one of her ${op.resource})`);
  const mirror = db.table(op.resource);
  await db.transaction('rw', mirror, db.outbox, async () => {
    await db.outbox.delete(op.seq as number);
    // A refused delete brings the record back, with the reason, like any other refused change.
    if (op.kind === 'delete' && op.before)
      await mirror.put({ ...op.before, syncError: message, pending: false });
    else if (op.kind !== 'delete') await mirror.update(op.id, { syncError: message, pending: false });
  });
}

/** Who is signed in while syncing runs: waiting changes are only ever sent under their owner's session. */
let signedInAs: string | undefined;

/** What came of one try: sent or settled (conflict held, refused), left for later, or the drain stops. */
type Outcome = 'done' | 'later' | 'stop';

/**
 * Sends what waits, oldest first. A change that can't go yet (a 5xx, a timeout, a 429, or its back-off
 * not over) holds back only the later changes of the same record, never the others; only "nothing
 * answered at all" (no network, the server refused the connection) or a 401 stops the whole run.
 */
async function drain(): Promise<void> {
  const owner = await deviceOwner();
  if (!signedInAs || (owner && owner.id !== signedInAs)) return;
  /** Records with an earlier change still waiting: their later changes are based on it and wait too. */
  const held = new Set<string>();
  let seq = 0;
  for (;;) {
    // Read afresh each time: a change sent just before may have re-based this one, and new ones join at the end.
    const op = await db.outbox.where('seq').above(seq).first();
    if (!op || op.seq === undefined) break;
    seq = op.seq;
    if (held.has(op.id)) continue;
    if ((op.nextAttemptAt ?? 0) > timing.now()) {
      held.add(op.id);
      continue;
    }
    const outcome = await attempt(op);
    if (outcome === 'stop') return;
    if (outcome === 'later') held.add(op.id);
  }
  await wakeWhenDue();
}

async function attempt(op: OutboxItem): Promise<Outcome> {
  try {
    const saved = await send(op);
    // Marked before the local copy is replaced, so a pull that asked in the meantime leaves it alone.
    touch(op.id);
    unreachableTries = 0;
    // The server has it: one more change delivered (answers it computes from her data may have moved).
    setState({ online: true, authLost: false, delivered: syncStatus.get().delivered + 1 });
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
    return 'done';
  } catch (err) {
    return failed(op, err);
  }
}

async function failed(op: OutboxItem, err: unknown): Promise<Outcome> {
  const seq = op.seq as number;
  if (err instanceof NetworkError && err.status === undefined && !err.timedOut) {
    // Nothing answered: every other change would fail the same way. Try them all again a little later.
    retryUnreachable();
    setState({ online: false });
    return 'stop';
  }
  if (err instanceof ApiError && err.status === 401) {
    setState({ authLost: true });
    return 'stop';
  }
  if (err instanceof ApiError && err.status === 409 && err.code === 'conflict' && err.current) {
    await holdConflict(op, err.current);
    return 'done';
  }
  if (err instanceof ApiError && err.status === 404 && op.kind === 'update' && op.resource === 'checkins') {
    // Deleted on another device: her edit waits for her choice (restore it with her changes, or let it go).
    await holdGone(op);
    return 'done';
  }
  if (err instanceof ApiError && err.status === 404 && op.kind === 'delete') {
    await db.outbox.delete(seq);
    return 'done';
  }
  if (err instanceof ApiError && err.status < 500 && err.status !== 429) {
    await refuse(op, err.message);
    return 'done';
  }
  // A 5xx, a timeout or a 429: this change tries again after its own back-off; the others go on.
  const attempts = op.attempts + 1;
  const asked = err instanceof ApiError && err.retryAfter !== undefined ? err.retryAfter * 1000 : 0;
  const pause = Math.max(backoffDelay(attempts), asked);
  console.warn(`Sync: a change will be tried again in ${Math.round(pause / 1000)} s`, describe(err));
  await db.outbox.update(seq, {
    attempts,
    lastError: describe(err),
    nextAttemptAt: timing.now() + pause,
  });
  if (err instanceof NetworkError) setState({ online: false });
  return 'later';
}

/** Why a try failed, without anything of hers (no body, no record): a status or the error's name. */
function describe(err: unknown): string {
  if (err instanceof NetworkError)
    return err.timedOut ? 'timed out' : `server answered ${err.status ?? 'nothing'}`;
  if (err instanceof ApiError) return `${err.status} ${err.code}`;
  return err instanceof Error ? err.name : 'unknown error';
}

let cancelWake: (() => void) | undefined;
function wakeIn(ms: number) {
  cancelWake?.();
  cancelWake = timing.later(() => void syncNow(), ms);
}

/** Comes back when the earliest change that waits out its back-off is due (the 30 s round may come first). */
async function wakeWhenDue() {
  let due = Number.POSITIVE_INFINITY;
  await db.outbox.each((op) => {
    if (op.nextAttemptAt !== undefined) due = Math.min(due, op.nextAttemptAt);
  });
  if (Number.isFinite(due)) wakeIn(Math.max(0, due - timing.now()));
}

/**
 * After "can't reach your server", the replay is tried again with back-off and jitter (about 2 s, 4, 8 …
 * up to a minute, besides the triggers in `startSync`), so a short outage ends soon without every device
 * hammering the server at the same moment.
 */
let unreachableTries = 0;
function retryUnreachable() {
  unreachableTries += 1;
  wakeIn(backoffDelay(unreachableTries));
}

/** Only one tab sends at a time (Web Locks); a browser without them keeps to the one-run-per-tab rule. */
const OUTBOX_LOCK = 'spinekind-outbox';
async function oneTabAtATime(run: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) await locks.request(OUTBOX_LOCK, run);
  else await run();
}

let running: Promise<void> | undefined;
/**
 * A change was saved while a run was under way, which may have looked at the outbox for the last time
 * already: the run goes round once more, or that change would wait for the next trigger (up to 30 s, or the
 * next time the app is opened). Only a new change does this; asking again joins the run as it is, so a run
 * stopped by "nothing answered" keeps its back-off.
 */
let changedDuringRun = false;
/** Sends waiting writes, one at a time and in order per record; replays keep their ids, so each lands exactly once. */
export function syncNow(): Promise<void> {
  running ??= (async () => {
    setState({ syncing: true });
    try {
      do {
        changedDuringRun = false;
        await oneTabAtATime(drain);
      } while (changedDuringRun);
    } finally {
      setState({ syncing: false });
      running = undefined;
    }
  })();
  return running;
}

/** Lets waiting changes go out under this account's session (and no other's); `undefined` stops them. */
export function sendAs(userId: string | undefined): void {
  signedInAs = userId;
}

/** Keeps syncing: on start, when the network returns, when the app comes back to the front, and every 30 s. */
export function startSync(user: DeviceOwner): () => void {
  sendAs(user.id);
  const online = () => {
    // The network is back: the back-off after "nothing answered" starts afresh.
    unreachableTries = 0;
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
  void deviceOwner()
    .then((owner) => (owner ? undefined : claimDevice(user)))
    .then(() => syncNow());
  return () => {
    sendAs(undefined);
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
    document.removeEventListener('visibilitychange', visible);
    window.clearInterval(timer);
    cancelWake?.();
    cancelWake = undefined;
  };
}
