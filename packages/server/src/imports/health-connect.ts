import { DomainError, type HcSleep, type HcSteps, type HcWeight } from '@spinekind/core';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';

let sqlite: Promise<SqlJsStatic> | undefined;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0');

const notHealthConnect = () =>
  new DomainError(
    'validation_failed',
    'This is not a Health Connect export: its zip holds the Health Connect SQLite database. Nothing was imported.',
  );

/** Rows of one table as objects, or none when the database has no such table. */
function rowsOf<T>(db: Database, table: string, columns: readonly string[]): T[] {
  const exists = db.exec('SELECT name FROM sqlite_master WHERE type = ? AND name = ?', ['table', table]);
  if (!exists.length) return [];
  const present = new Set(db.exec(`PRAGMA table_info(${table})`)[0]?.values.map((v) => String(v[1])) ?? []);
  const select = columns.map((c) => (present.has(c) ? c : `NULL AS ${c}`)).join(', ');
  const statement = db.prepare(`SELECT ${select} FROM ${table}`);
  const out: T[] = [];
  try {
    while (statement.step()) out.push(statement.getAsObject() as T);
  } finally {
    statement.free();
  }
  return out;
}

/**
 * Health Connect's SQLite database (bytes) → its steps, sleep and weight rows, read with sql.js
 * (SQLite compiled to WebAssembly: no native build). A file that is not SQLite is a 400.
 */
export async function healthConnectRows(
  bytes: Buffer,
): Promise<{ steps: HcSteps[]; sleep: HcSleep[]; weight: HcWeight[] }> {
  if (!bytes.subarray(0, 16).equals(SQLITE_MAGIC)) throw notHealthConnect();
  sqlite ??= initSqlJs();
  const SQL = await sqlite;
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch {
    throw notHealthConnect();
  }
  try {
    const result = {
      steps: rowsOf<HcSteps>(db, 'steps_record_table', [
        'start_time',
        'start_zone_offset',
        'count',
        'app_info_id',
      ]),
      sleep: rowsOf<HcSleep>(db, 'sleep_session_record_table', ['start_time', 'end_time', 'end_zone_offset']),
      weight: rowsOf<HcWeight>(db, 'weight_record_table', ['time', 'zone_offset', 'weight']),
    };
    if (!result.steps.length && !result.sleep.length && !result.weight.length) {
      const tables = db.exec("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_record_table'")[0]
        ?.values[0]?.[0];
      if (!tables) throw notHealthConnect();
    }
    return result;
  } catch (err) {
    throw err instanceof DomainError ? err : notHealthConnect();
  } finally {
    db.close();
  }
}
