import { mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { importedMetrics, postImport } from '../test/app-imports.js';
import { zipOf } from '../test/apple-health-fixtures.js';
import { tmpRoot } from '../test/target.js';

const tmpDir = mkdtempSync(join(tmpRoot, 'fitbit-'));
const t = await makeTestApp({ tmpDir });
const dir = 'Takeout/Fitbit/Global Export Data';
const json = (v: unknown) => Buffer.from(JSON.stringify(v));

/** A small Takeout archive as Fitbit writes it: per-minute steps as strings, sleep sessions, weight in pounds. */
const takeout = () =>
  zipOf([
    {
      name: `${dir}/steps-2024-01-15.json`,
      data: json([
        { dateTime: '01/15/24 08:00:00', value: '120' },
        { dateTime: '01/15/24 08:01:00', value: '80' },
        { dateTime: '01/16/24 07:00:00', value: '1000' },
      ]),
    },
    {
      name: `${dir}/sleep-2024-01-15.json`,
      data: json([
        { dateOfSleep: '2024-01-16', minutesAsleep: 420, mainSleep: true },
        { dateOfSleep: '2024-01-16', minutesAsleep: 30, mainSleep: false },
      ]),
    },
    {
      name: `${dir}/weight-2024-01-15.json`,
      data: json([{ date: '01/15/24', time: '07:10:00', weight: 150 }]),
    },
    {
      name: `${dir}/heart_rate-2024-01-15.json`,
      data: json([{ dateTime: '01/15/24 08:00:00', value: { bpm: 60 } }]),
    },
  ]);

const upload = (user: TestUser, body: Buffer, query: string) =>
  postImport(t, user, 'fitbit', body, 'application/zip', query);
const metricsOf = (user: TestUser) => importedMetrics(t, user, 'fitbit');

describe('POST /import/fitbit', () => {
  it('sums per-minute steps per day, keeps the main sleep, and converts a weight in pounds she named', async () => {
    const user = await t.newUser();
    const res = await upload(user, takeout(), 'dryRun=false&weightUnit=lb');
    expect(res.status).toBe(200);
    expect(await metricsOf(user)).toEqual({
      '2024-01-15 steps': 200,
      '2024-01-16 steps': 1000,
      '2024-01-16 sleepHours': 7,
      '2024-01-15 weightKg': 68.04,
    });
    expect(res.json.notImported).toContainEqual({
      what: 'Naps',
      count: 1,
      why: 'only the main sleep of each night counts as your sleep',
    });
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('leaves weights out until she says kg or lb, and a second import adds nothing', async () => {
    const user = await t.newUser();
    const first = await upload(user, takeout(), 'dryRun=false');
    expect(first.json.notImported).toContainEqual({
      what: 'Weights',
      count: 1,
      why: 'say whether your Fitbit account used kg or lb to bring them in',
    });
    expect(Object.keys(await metricsOf(user))).not.toContain('2024-01-15 weightKg');
    const again = await upload(user, takeout(), 'dryRun=false');
    expect(again.json).toMatchObject({ newValues: 0, alreadyPresent: 3 });
  });

  it('refuses a zip without Fitbit files, and a file that is not a zip', async () => {
    const user = await t.newUser();
    const other = await upload(user, zipOf([{ name: 'notes.txt', data: Buffer.from('hi') }]), 'dryRun=true');
    expect(other.status).toBe(400);
    expect(other.json.error.message).toMatch(/Global Export Data/);
    const broken = await upload(user, Buffer.from('PK\u0003\u0004 not really'), 'dryRun=true');
    expect(broken.status).toBe(400);
    expect(readdirSync(tmpDir)).toEqual([]);
  });
});
