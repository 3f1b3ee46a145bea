import { mkdirSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { DatabaseUnreachableError } from './faults.js';
import {
  type ListenHandlers,
  type Listening,
  listenPglite,
  listenPostgres,
  type PostgresListenOptions,
} from './listen.js';
import { guardPglite } from './pglite-guard.js';
import { statementLogger } from './query-log.js';

/** The database, without Drizzle's relational query API (every query names its table). */
export type Db = PgDatabase<PgQueryResultHKT>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** Applies the committed SQL migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the PANIC that stopped the embedded database (it needs a restart), if one did. */
  stoppedBy(): unknown;
  /** PGlite on disk: free bytes where its files live (a cheap probe for /health); else undefined. */
  freeBytes(): Promise<number | undefined>;
  /** Listens on a notification channel (db/listen.ts); PostgreSQL: on a connection of its own, outside the pool. */
  listen(
    channel: string,
    handlers: ListenHandlers,
    options?: Pick<PostgresListenOptions, 'onError' | 'applicationName'>,
  ): Listening;
}

/** The advisory lock migrations run under on PostgreSQL (any constant of ours: "spinek" as bytes). */
const MIGRATION_LOCK = 0x7370696e656b;

/** How long one statement may take before its request is answered 503 (`DB_STATEMENT_TIMEOUT_MS`). */
export const defaultStatementTimeoutMs = 30_000;

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle');

/** Opens PGlite persisted in `dataDir` (created if missing), or in memory when `dataDir` is undefined. */
export async function openPglite(
  dataDir: string | undefined,
  statementTimeoutMs = defaultStatementTimeoutMs,
): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // PGlite's default 128 MB of shared buffers is sized for a server; one user's diary needs far
  // less, and the smaller pool keeps the whole process near 300 MB during a large Apple Health import.
  const client = new PGlite(dataDir ? join(dataDir, 'pglite') : undefined, {
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
  });
  await client.waitReady;
  const guard = guardPglite(client, statementTimeoutMs);
  const db = drizzlePglite({ client, casing: 'snake_case', logger: statementLogger });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    // A stopped instance is never entered again (see pglite-guard.ts); the log on disk is replayed at the next start.
    close: async () => {
      if (guard.stoppedBy === undefined) await client.close();
    },
    stoppedBy: () => guard.stoppedBy,
    listen: (channel, handlers) => listenPglite(client, channel, handlers),
    freeBytes: async () => {
      if (!dataDir) return undefined;
      const fs = await statfs(dataDir);
      return fs.bavail * fs.bsize;
    },
  };
}

/**
 * A pool client whose failure to connect says so (`DatabaseUnreachableError`), whatever PostgreSQL
 * answered: "not accepting connections" (55000), "the database system is starting up" (57P03)…
 */
class ConnectingClient extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(callback: (err: Error) => void): void;
  override connect(callback?: (err: Error) => void): Promise<pg.Client> | undefined {
    if (!callback)
      return super.connect().catch((err: unknown) => {
        throw new DatabaseUnreachableError(err);
      });
    super.connect((err: Error) => callback(err ? new DatabaseUnreachableError(err) : err));
    return undefined;
  }
}

/** Opens a connection pool to PostgreSQL. */
export async function openPostgres(
  url: string,
  poolSize = 10,
  statementTimeoutMs = defaultStatementTimeoutMs,
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    Client: ConnectingClient,
    // A request waits at most 5 s for a connection, and no statement runs longer than the timeout
    // (PostgreSQL cancels it: 57014); the client gives up 5 s after that if the server went silent.
    connectionTimeoutMillis: 5_000,
    ...(statementTimeoutMs > 0
      ? { statement_timeout: statementTimeoutMs, query_timeout: statementTimeoutMs + 5_000 }
      : {}),
    keepAlive: true,
  });
  // An idle client's network error must not crash the process; the pool replaces the client.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, casing: 'snake_case', logger: statementLogger });
  await pool.query('select 1');
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    // Two instances starting at once on one database (a deploy, an upgrade with a new migration): the
    // migrator takes no lock of its own, so one would fail half-way through creating the tables. A
    // session-level advisory lock makes the second wait, then find nothing left to do.
    migrate: async () => {
      const holder = await pool.connect();
      try {
        await holder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(db, { migrationsFolder });
      } finally {
        await holder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        holder.release();
      }
    },
    close: () => pool.end(),
    stoppedBy: () => undefined,
    freeBytes: async () => undefined,
    listen: (channel, handlers, options) => listenPostgres(url, channel, handlers, options),
  };
}

export function openDatabase(opts: {
  databaseUrl: string | undefined;
  dataDir: string;
  statementTimeoutMs?: number;
}): Promise<Database> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl, 10, opts.statementTimeoutMs)
    : openPglite(opts.dataDir, opts.statementTimeoutMs);
}
