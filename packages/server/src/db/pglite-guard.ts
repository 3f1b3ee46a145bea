import type { PGlite, Transaction } from '@electric-sql/pglite';
import { DatabaseStoppedError, DatabaseTimeoutError } from './faults.js';

/**
 * PGlite runs PostgreSQL inside this process, so two of its failures would stop the whole server:
 *
 * - After a PANIC (the write-ahead log could not grow on a full disk) the next call into it spins
 *   forever *synchronously*: the event loop stops, `/health` and SIGTERM go unanswered. So the first
 *   PANIC (or FATAL) marks the instance stopped and every later call fails at once, without entering it.
 *   What was committed before is on disk; a restart replays the log (PostgreSQL's crash recovery).
 * - A statement waits for PGlite's single connection behind whatever runs before it (a long import);
 *   each statement, and the wait for a transaction to start, is raced against `timeoutMs`. The statement
 *   itself is not cancelled: outside a transaction it may still complete after the timeout answer; inside
 *   one, the transaction then rolls back. A statement that computes for longer than the timeout blocks
 *   the event loop meanwhile (it runs synchronously) and can't be interrupted from here.
 */
export interface PgliteGuard {
  /** The PANIC/FATAL that stopped the instance, if one did. */
  readonly stoppedBy: unknown;
}

const fatalSeverities = new Set(['PANIC', 'FATAL']);

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  if (!(ms > 0)) return work;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeoutError(ms)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function guardTransaction(tx: Transaction, timeoutMs: number): Transaction {
  return new Proxy(tx, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'query' && key !== 'exec' && key !== 'sql') return value;
      return (...args: unknown[]) =>
        withTimeout((value as (...a: unknown[]) => Promise<unknown>).apply(target, args), timeoutMs);
    },
  });
}

/** Installs the guard on `client` (its protocol entry point and query methods are wrapped in place). */
export function guardPglite(client: PGlite, timeoutMs: number): PgliteGuard {
  const state: { stoppedBy: unknown } = { stoppedBy: undefined };
  // Every statement, BEGIN/COMMIT/ROLLBACK included, passes through execProtocolStream.
  const execProtocolStream = client.execProtocolStream.bind(client);
  client.execProtocolStream = async (...args) => {
    if (state.stoppedBy !== undefined) throw new DatabaseStoppedError(state.stoppedBy);
    try {
      return await execProtocolStream(...args);
    } catch (err) {
      const severity = (err as { severity?: unknown }).severity;
      if (typeof severity === 'string' && fatalSeverities.has(severity)) state.stoppedBy = err;
      throw err;
    }
  };

  const query = client.query.bind(client);
  client.query = ((...args: Parameters<PGlite['query']>) =>
    withTimeout(query(...args), timeoutMs)) as PGlite['query'];
  const exec = client.exec.bind(client);
  client.exec = (...args) => withTimeout(exec(...args), timeoutMs);
  const transaction = client.transaction.bind(client);
  client.transaction = async <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> => {
    let gaveUp = false;
    let started: () => void = () => {};
    const start = new Promise<void>((resolve) => {
      started = resolve;
    });
    const run = transaction(async (tx) => {
      // Its caller already had the timeout answer: write nothing (throwing rolls back).
      if (gaveUp) throw new DatabaseTimeoutError(timeoutMs);
      started();
      return callback(guardTransaction(tx, timeoutMs));
    });
    try {
      await withTimeout(Promise.race([start, run]), timeoutMs);
    } catch (err) {
      gaveUp = true;
      // The transaction may still start and fail later; its outcome was answered already.
      run.catch(() => {});
      throw err;
    }
    return run;
  };
  return state;
}
