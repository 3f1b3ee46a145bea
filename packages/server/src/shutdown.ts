import type { ServerResponse } from 'node:http';
import { DomainError } from '@spinekind/core';
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/client.js';

/** Bounds of a shutdown: in-flight requests get `graceMs`, the database `databaseMs`; all within `totalMs`. */
export interface ShutdownBounds {
  graceMs: number;
  databaseMs: number;
  totalMs: number;
}
export const shutdownBounds: ShutdownBounds = { graceMs: 5_000, databaseMs: 2_500, totalMs: 9_500 };

/**
 * Once `app.close()` is called, a request still arriving on an open connection is answered 503
 * `unavailable` in the usual error shape (Fastify's own 503 has another shape: `return503OnClosing: false`).
 */
export function answerUnavailableWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async () => {
    if (closing)
      throw new DomainError(
        'unavailable',
        'Your Spinekind server is restarting. Nothing was saved; try again in a moment.',
      );
  });
}

/** True when `work` settles (either way) within `ms`. */
const settlesWithin = (work: Promise<unknown>, ms: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

/**
 * SIGINT/SIGTERM: stop accepting, give in-flight requests a few seconds, close the database with a
 * time limit, exit — within 10 s whatever the database does. What was cut short is logged by method
 * only (never a URL: the calendar feed's carries its secret; never a body).
 */
export function stopOnSignals(
  app: FastifyInstance,
  database: Database,
  bounds: ShutdownBounds = shutdownBounds,
): void {
  const inFlight = new Map<ServerResponse, string>();
  app.server.on('request', (request, response) => {
    inFlight.set(response, request.method ?? '?');
    response.once('close', () => inFlight.delete(response));
  });
  const methodsInFlight = () => {
    const counts: Record<string, number> = {};
    for (const method of inFlight.values()) counts[method] = (counts[method] ?? 0) + 1;
    return counts;
  };

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    // The last resort, should a step below never settle.
    setTimeout(() => {
      app.log.error({ signal, ms: Date.now() - started }, 'shutdown did not finish in time; exiting anyway');
      process.exit(1);
    }, bounds.totalMs).unref();
    app.log.info({ signal, inFlight: inFlight.size }, 'shutting down');
    let clean = true;
    const closing = app.close(); // stops accepting; in-flight requests finish
    if (!(await settlesWithin(closing, bounds.graceMs))) {
      app.log.warn({ requests: methodsInFlight() }, 'requests cut short at shutdown');
      app.server.closeAllConnections();
      clean = await settlesWithin(closing, 500);
    }
    const closingDatabase = database.close().catch((err: unknown) => {
      clean = false;
      app.log.error({ err }, 'closing the database failed');
    });
    if (!(await settlesWithin(closingDatabase, bounds.databaseMs))) {
      clean = false;
      app.log.warn(
        { db: database.kind },
        'database did not close in time; what was committed is kept, the rest is rolled back at the next start',
      );
    }
    app.log.info({ signal, ms: Date.now() - started, clean }, 'stopped');
    process.exit(clean ? 0 : 1);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
