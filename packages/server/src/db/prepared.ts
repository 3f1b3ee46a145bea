import { createHash } from 'node:crypto';
import { type Column, Param, type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.js';

/**
 * Statements the hot paths (the session lookup, a record's create, a list by date) build once per database
 * and run many times with placeholders. Building a query with Drizzle costs 35–250 µs of CPU each time
 * (bench/README.md); a prepared one only fills in its values. On PostgreSQL the statement is also named, so
 * each pool connection parses and plans it once; PGlite ignores the name and parses it every time.
 */
interface Preparable<P> {
  toSQL(): { sql: string };
  prepare(name: string): P;
}

// Per database (a transaction has its own), by what the caller says makes the SQL text differ.
const statements = new WeakMap<Db, Map<string, unknown>>();
/** More shapes than this on one database means a caller's key is not a shape: build afresh, keep nothing. */
const MAX_SHAPES = 256;

/**
 * The statement `build` makes on `db`, prepared the first time `key` is asked for and kept. The key must
 * name everything that changes the SQL text (e.g. which columns an insert sets); values never belong in it.
 */
export function prepared<P>(db: Db, key: string, build: (db: Db) => Preparable<P>): P {
  let mine = statements.get(db);
  if (!mine) {
    mine = new Map();
    statements.set(db, mine);
  }
  const kept = mine.get(key) as P | undefined;
  if (kept) return kept;
  const query = build(db);
  // Past the bound it is not kept, nor named: a connection would keep a named statement until it closes.
  if (mine.size >= MAX_SHAPES) return query.prepare('');
  // One name per SQL text, whoever asks: PostgreSQL refuses a name prepared twice with different texts.
  const name = `sk_${createHash('sha256').update(query.toSQL().sql).digest('base64url').slice(0, 22)}`;
  const statement = query.prepare(name);
  mine.set(key, statement);
  return statement;
}

/**
 * A placeholder sent as `column` sends its values (a `Date` as an ISO string, JSON as text, an array as an
 * array literal), with `null` passed through as SQL NULL: Drizzle's own encoders would turn a null into the
 * JSON `null` or throw, and the statement is the same whether a value is null or not.
 */
export function placeholderFor(column: Column, name: string): SQL {
  const encoder = {
    mapToDriverValue: (value: unknown) => (value === null ? null : column.mapToDriverValue(value)),
  };
  return sql`${new Param(sql.placeholder(name), encoder)}`;
}
