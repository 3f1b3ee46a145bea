/**
 * Which database failures are faults of the database rather than of the request, and how to answer
 * them: "can't reach the database" (503, try again) or "its disk is full" (507). Everything else stays
 * a 500. Codes: PostgreSQL appendix A (SQLSTATE); node-postgres and pg-pool's own error messages.
 */

/**
 * `cancelled`: PostgreSQL's statement_timeout cancelled the statement (it rolled back);
 * `late`: PGlite did not answer in time, and the statement may still complete.
 */
export type DatabaseFault = 'unreachable' | 'cancelled' | 'late' | 'storage_full';

/** A connection to PostgreSQL could not be opened (refused, rejected at start-up, timed out). */
export class DatabaseUnreachableError extends Error {
  constructor(cause: unknown) {
    super('could not connect to the database', { cause });
    this.name = 'DatabaseUnreachableError';
  }
}

/** A statement did not settle within the configured time (PGlite: the statement may still finish). */
export class DatabaseTimeoutError extends Error {
  constructor(readonly afterMs: number) {
    super(`no answer from the database within ${afterMs} ms`);
    this.name = 'DatabaseTimeoutError';
  }
}

/** PGlite stopped after a PANIC (e.g. its write-ahead log could not grow); it is not called again. */
export class DatabaseStoppedError extends Error {
  constructor(cause: unknown) {
    super('the embedded database stopped after a fatal error; restart the server', { cause });
    this.name = 'DatabaseStoppedError';
  }
}

// 08xxx connection exceptions; 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
// 57P05 idle_session_timeout; 53200 out_of_memory, 53300 too_many_connections, 53400 configuration_limit_exceeded.
const unreachableStates = /^(08...|57P0[1235]|53[234]00)$/;
// 53100 disk_full; 53000 insufficient_resources (the class's generic code).
const storageStates = new Set(['53100', '53000']);
// 57014 query_canceled: our statement_timeout (no request of ours cancels statements otherwise).
const timeoutStates = new Set(['57014']);
const unreachableNodeCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const storageNodeCodes = new Set(['ENOSPC', 'EDQUOT']);
// node-postgres / pg-pool say these without a code when a connection ends or can't be had.
const unreachableMessages = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^Query read timeout$/,
  // PGlite after close()
  /^PGlite is clos(ed|ing)$/,
];

/** The fault behind `err` (Drizzle wraps the driver's error in `cause`), or undefined for an ordinary error. */
export function databaseFaultOf(err: unknown): DatabaseFault | undefined {
  let fault: DatabaseFault | undefined;
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const found = faultOfOne(e);
    // The deepest cause decides: a PGlite stop caused by a full disk is "storage full".
    if (found) fault = found;
    e = (e as { cause?: unknown }).cause;
  }
  return fault;
}

function faultOfOne(e: object): DatabaseFault | undefined {
  if (e instanceof DatabaseTimeoutError) return 'late';
  if (e instanceof DatabaseUnreachableError || e instanceof DatabaseStoppedError) return 'unreachable';
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (storageStates.has(code) || storageNodeCodes.has(code)) return 'storage_full';
    if (timeoutStates.has(code)) return 'cancelled';
    if (unreachableStates.test(code) || unreachableNodeCodes.has(code)) return 'unreachable';
  }
  if (typeof message === 'string' && unreachableMessages.some((m) => m.test(message))) return 'unreachable';
  return undefined;
}
