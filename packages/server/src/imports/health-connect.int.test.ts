import { mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { importedMetrics, postImport } from '../test/app-imports.js';
import { zipOf } from '../test/apple-health-fixtures.js';
import { tmpRoot } from '../test/target.js';

const tmpDir = mkdtempSync(join(tmpRoot, 'health-connect-'));
const t = await makeTestApp({ tmpDir });
const SQL = await initSqlJs();
const H = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

/**
 * A Health Connect database as the phone writes it (only the columns we read, plus one we don't), built
 * with sql.js: a week in London (+0) and a trip to New York (-5 h, offsets in seconds).
 */
function healthConnectDb(): Buffer {
  const db = new SQL.Database();
  db.run(`CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY, start_time INTEGER, end_time INTEGER,
    start_zone_offset INTEGER, end_zone_offset INTEGER, count INTEGER, app_info_id INTEGER, local_date INTEGER)`);
  db.run(`CREATE TABLE sleep_session_record_table (row_id INTEGER PRIMARY KEY, start_time INTEGER, end_time INTEGER,
    start_zone_offset INTEGER, end_zone_offset INTEGER, title TEXT)`);
  db.run(
    `CREATE TABLE weight_record_table (row_id INTEGER PRIMARY KEY, time INTEGER, zone_offset INTEGER, weight REAL)`,
  );
  const steps = db.prepare(
    'INSERT INTO steps_record_table (start_time, end_time, start_zone_offset, count, app_info_id) VALUES (?, ?, ?, ?, ?)',
  );
  // London, 10 March 23:30 UTC: still the 10th there.
  steps.run([utc('2024-03-10T23:30:00Z'), utc('2024-03-10T23:45:00Z'), 0, 500, 1]);
  // New York, 12 March 02:00 UTC = 11 March 21:00 local: the 11th, not the 12th.
  steps.run([utc('2024-03-12T02:00:00Z'), utc('2024-03-12T02:30:00Z'), -5 * 3600, 3000, 1]);
  // A second app counting the same walk: the day keeps the app with most steps, not their sum.
  steps.run([utc('2024-03-12T02:00:00Z'), utc('2024-03-12T02:30:00Z'), -5 * 3600, 2800, 2]);
  steps.free();
  // A New York night: 23:00 to 06:30 local, ending on the 13th there (11:30 UTC).
  db.run('INSERT INTO sleep_session_record_table (start_time, end_time, end_zone_offset) VALUES (?, ?, ?)', [
    utc('2024-03-13T04:00:00Z'),
    utc('2024-03-13T04:00:00Z') + 7.5 * H,
    -5 * 3600,
  ]);
  db.run('INSERT INTO weight_record_table (time, zone_offset, weight) VALUES (?, ?, ?)', [
    utc('2024-03-12T03:00:00Z'),
    -5 * 3600,
    68_400,
  ]);
  const bytes = Buffer.from(db.export());
  db.close();
  return bytes;
}

const upload = (user: TestUser, body: Buffer, query = 'dryRun=false') =>
  postImport(t, user, 'health-connect', body, 'application/zip', query);
const metricsOf = (user: TestUser) => importedMetrics(t, user, 'health-connect');

describe('POST /import/health-connect', () => {
  it('puts each value on her local day in either time zone, grams to kg, one app per day for steps', async () => {
    const user = await t.newUser();
    const zip = zipOf([{ name: 'Health Connect/health_connect_export.db', data: healthConnectDb() }]);
    const res = await upload(user, zip);
    expect(res.status).toBe(200);
    expect(await metricsOf(user)).toEqual({
      '2024-03-10 steps': 500,
      '2024-03-11 steps': 3000,
      '2024-03-11 weightKg': 68.4,
      '2024-03-13 sleepHours': 7.5,
    });
    expect(readdirSync(tmpDir)).toEqual([]);
    const again = await upload(user, zip);
    expect(again.json).toMatchObject({ newValues: 0, alreadyPresent: 4 });
  });

  it('refuses a zip whose .db is not SQLite, and writes nothing', async () => {
    const user = await t.newUser();
    const res = await upload(
      user,
      zipOf([{ name: 'health_connect_export.db', data: Buffer.from('not a database') }]),
    );
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/not a Health Connect export/);
    expect(await metricsOf(user)).toEqual({});
  });
});
