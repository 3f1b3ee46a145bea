import { mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { periods } from '../cycle/table.js';
import { legacyNameId } from '../db/name-id.js';
import { makeTestApp, type TestUser } from '../test/app.js';
import { exportXml, exportZip, sampleExportXml, zipOf } from '../test/apple-health-fixtures.js';
import { tmpRoot } from '../test/target.js';

const tmpDir = mkdtempSync(join(tmpRoot, 'uploads-'));
const t = await makeTestApp({ tmpDir, limits: { uploadBytes: 64 * 1024 } });

async function upload(
  user: TestUser,
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string> = {},
) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/import/apple-health',
    headers: { cookie: user.cookie, 'content-type': contentType, ...headers },
    payload: body,
  });
  return { status: res.statusCode, json: res.json() };
}

function multipart(file: Buffer, field = 'file'): { body: Buffer; type: string } {
  const boundary = '----spinekind-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="export.zip"\r\nContent-Type: application/zip\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

const metrics = async (user: TestUser) =>
  (await user.call('GET', '/api/v1/daily-metrics?from=2024-01-01&to=2024-01-31')).json.items as {
    localDate: string;
    metric: string;
    value: number;
  }[];
const valueOn = (items: Awaited<ReturnType<typeof metrics>>, localDate: string, metric: string) =>
  items.find((m) => m.localDate === localDate && m.metric === metric)?.value;

const expectedImported = {
  HKQuantityTypeIdentifierStepCount: 4,
  HKCategoryTypeIdentifierSleepAnalysis: 2,
  HKQuantityTypeIdentifierBodyMass: 1,
  HKQuantityTypeIdentifierWaistCircumference: 1,
  HKCategoryTypeIdentifierMenstrualFlow: 3,
  HKCategoryTypeIdentifierHotFlashes: 4,
  HKCategoryTypeIdentifierLowerBackPain: 2,
  HKCategoryTypeIdentifierHeadache: 1,
  HKCategoryTypeIdentifierFatigue: 1,
  HKCategoryTypeIdentifierMoodChanges: 1,
  HKCategoryTypeIdentifierSleepChanges: 1,
  HKCategoryTypeIdentifierNightSweats: 1,
};
// A negative step count, in-bed and awake sleep, a "no flow" day, lone spotting, 2 heart rates,
// a workout, 2 activity summaries and a blood-pressure correlation.
const expectedSkipped = 11;

describe('POST /import/apple-health', () => {
  it('imports every mapped type from export.xml, with the values a user would check', async () => {
    const user = await t.newUser();
    const res = await upload(user, sampleExportXml(), 'application/xml');
    expect(res.status).toBe(200);
    expect(res.json.imported).toEqual(expectedImported);
    expect(res.json.skipped).toBe(expectedSkipped);
    expect(res.json.summary).toEqual({
      days: 2,
      periods: 1,
      periodsAlreadyLogged: 0,
      from: '2024-01-15',
      to: '2024-01-16',
    });

    const items = await metrics(user);
    expect(items).toHaveLength(14);
    // iPhone 1,200 + 800 beats the Watch's 1,500 for the same walk; 00:30 at +01:00 is the 16th.
    expect(valueOn(items, '2024-01-15', 'steps')).toBe(2000);
    expect(valueOn(items, '2024-01-16', 'steps')).toBe(3000);
    // 23:00–01:00 and 01:15–06:45 asleep; in bed and awake left out; the morning of waking.
    expect(valueOn(items, '2024-01-16', 'sleepHours')).toBe(7.5);
    expect(valueOn(items, '2024-01-15', 'weightKg')).toBe(69.85);
    expect(valueOn(items, '2024-01-15', 'waistCm')).toBe(80.01);
    expect(valueOn(items, '2024-01-15', 'hotFlushes')).toBe(3);
    expect(valueOn(items, '2024-01-16', 'hotFlushes')).toBe(0);
    expect(valueOn(items, '2024-01-15', 'symptom:lowerBackPain')).toBe(2);
    expect(valueOn(items, '2024-01-16', 'symptom:lowerBackPain')).toBe(3);
    expect(valueOn(items, '2024-01-16', 'symptom:nightSweats')).toBe(2);
    expect(valueOn(items, '2024-01-15', 'symptom:moodChanges')).toBe(1);

    const periods = (await user.call('GET', '/api/v1/periods')).json.items;
    expect(periods).toMatchObject([{ startDate: '2024-01-10', endDate: '2024-01-12', flow: 'heavy' }]);
  });

  it('adds nothing when the same export is imported again', async () => {
    const user = await t.newUser();
    const first = await upload(user, sampleExportXml(), 'text/xml');
    const before = {
      metrics: await metrics(user),
      periods: (await user.call('GET', '/api/v1/periods')).json.items,
    };
    const again = await upload(user, sampleExportXml(), 'text/xml');
    expect(again.json).toEqual(first.json);
    expect(await metrics(user)).toEqual(before.metrics);
    expect((await user.call('GET', '/api/v1/periods')).json.items).toEqual(before.periods);
  });

  it('keeps a period an import before December 2026 stored under its older id, and adds no copy', async () => {
    const user = await t.newUser();
    await upload(user, sampleExportXml(), 'text/xml');
    const [period] = (await user.call('GET', '/api/v1/periods')).json.items;
    const legacy = legacyNameId.applePeriod(user.id, period.startDate);
    await t.database.db.update(periods).set({ id: legacy }).where(eq(periods.id, period.id));
    const again = await upload(user, sampleExportXml(), 'text/xml');
    expect(again.json.summary).toMatchObject({ periods: 1, periodsAlreadyLogged: 0 });
    const items = (await user.call('GET', '/api/v1/periods')).json.items;
    expect(items.map((p: { id: string }) => p.id)).toEqual([legacy]);
  });

  it('reads export.zip from the Health app, as a raw body and as a form upload', async () => {
    const zip = exportZip(sampleExportXml());
    const raw = await upload(await t.newUser(), zip, 'application/zip');
    expect(raw.status).toBe(200);
    expect(raw.json.imported).toEqual(expectedImported);

    const form = multipart(zip);
    const user = await t.newUser();
    const viaForm = await upload(user, form.body, form.type);
    expect(viaForm.status).toBe(200);
    expect(viaForm.json.skipped).toBe(expectedSkipped);
    expect(valueOn(await metrics(user), '2024-01-16', 'sleepHours')).toBe(7.5);
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('refuses malformed XML with a clear message and writes nothing', async () => {
    const user = await t.newUser();
    const broken = sampleExportXml().replace('</HealthData>', '<Record type="x"></HealthData>');
    const res = await upload(user, broken, 'application/xml');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.message).toMatch(/not valid XML.*nothing was imported/);
    expect(await metrics(user)).toEqual([]);
    expect((await user.call('GET', '/api/v1/periods')).json.items).toEqual([]);
  });

  it('refuses files that are not an Apple Health export', async () => {
    const user = await t.newUser();
    const other = await upload(user, '<?xml version="1.0"?><Invoice/>', 'application/xml');
    expect(other.status).toBe(400);
    expect(other.json.error.message).toMatch(/not an Apple Health export/);
    const noExport = await upload(
      user,
      zipOf([{ name: 'notes.txt', data: Buffer.from('hi') }]),
      'application/zip',
    );
    expect(noExport.status).toBe(400);
    expect(noExport.json.error.message).toMatch(/no export.xml/);
    const notZip = await upload(user, Buffer.from('PK\u0003\u0004 not really a zip'), 'application/zip');
    expect(notZip.status).toBe(400);
    expect((await upload(user, '', 'application/xml')).status).toBe(400);
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('answers 413 above the size limit and 415 for JSON', async () => {
    const user = await t.newUser();
    const big = exportXml(
      Array.from({ length: 400 }, () => ({
        type: 'HKQuantityTypeIdentifierHeartRate',
        value: '70',
        startDate: '2024-01-01 10:00:00 +0000',
      })),
    );
    expect(Buffer.byteLength(big)).toBeGreaterThan(64 * 1024);
    expect((await upload(user, big, 'application/xml')).status).toBe(413);
    // Sent in chunks without a length up front: the stream is cut off once it passes the limit.
    const streamed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/import/apple-health',
      headers: { cookie: user.cookie, 'content-type': 'application/xml', 'transfer-encoding': 'chunked' },
      payload: Readable.from(big.match(/[\s\S]{1,4096}/g) ?? []),
    });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().error.code).toBe('payload_too_large');
    expect(await metrics(user)).toEqual([]);
    const json = await user.call('POST', '/api/v1/import/apple-health', { records: [] });
    expect(json.status).toBe(415);
  });

  it('needs a signed-in user and keeps each user to their own data', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/import/apple-health',
      headers: { 'content-type': 'application/xml' },
      payload: sampleExportXml(),
    });
    expect(res.statusCode).toBe(401);
    const a = await t.newUser();
    const b = await t.newUser();
    await upload(a, sampleExportXml(), 'application/xml');
    expect(await metrics(b)).toEqual([]);
    expect((await b.call('GET', '/api/v1/periods')).json.items).toEqual([]);
    // B importing the same file gets B's own period row, A's stays as it was.
    await upload(b, sampleExportXml(), 'application/xml');
    const [pa] = (await a.call('GET', '/api/v1/periods')).json.items;
    const [pb] = (await b.call('GET', '/api/v1/periods')).json.items;
    expect(pa.id).not.toBe(pb.id);
    expect((await b.call('GET', `/api/v1/periods/${pa.id}`)).status).toBe(404);
  });

  it('refuses an upload from another site', async () => {
    const user = await t.newUser();
    const res = await upload(user, sampleExportXml(), 'application/xml', { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('does not add a period the user already logged by hand', async () => {
    const user = await t.newUser();
    await user.call('POST', '/api/v1/periods', {
      startDate: '2024-01-09',
      endDate: '2024-01-11',
      flow: 'medium',
    });
    const res = await upload(user, sampleExportXml(), 'application/xml');
    expect(res.json.summary).toMatchObject({ periods: 0, periodsAlreadyLogged: 1 });
    expect((await user.call('GET', '/api/v1/periods')).json.items).toHaveLength(1);
  });
});

describe('GET /daily-metrics', () => {
  it('checks the range', async () => {
    const user = await t.newUser();
    expect((await user.call('GET', '/api/v1/daily-metrics?from=2024-02-01&to=2024-01-01')).status).toBe(400);
    expect((await user.call('GET', '/api/v1/daily-metrics?from=2024-01-01')).status).toBe(400);
  });
});

describe('daily values in the JSON backup', () => {
  it('travel with the backup and come back exactly, without duplicates', async () => {
    const a = await t.newUser();
    await upload(a, sampleExportXml(), 'application/xml');
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    expect(backup.dailyMetrics).toHaveLength(14);
    const b = await t.newUser();
    const restored = await b.call('POST', '/api/v1/import', backup);
    expect(restored.status).toBe(200);
    expect(restored.json.imported.dailyMetrics).toBe(14);
    await b.call('POST', '/api/v1/import', backup);
    expect(await metrics(b)).toEqual(await metrics(a));
    expect((await b.call('GET', '/api/v1/export?format=json')).json.dailyMetrics).toEqual(
      backup.dailyMetrics,
    );
  });

  it('refuses a daily value with an unknown metric', async () => {
    const user = await t.newUser();
    const doc = {
      format: 'spinekind-backup',
      version: 1,
      dailyMetrics: [
        {
          localDate: '2024-01-01',
          metric: 'cigarettes',
          source: 'apple-health',
          value: 3,
          updatedAt: '2024-01-02T00:00:00Z',
        },
      ],
    };
    const res = await user.call('POST', '/api/v1/import', doc);
    expect(res.status).toBe(400);
    expect(await metrics(user)).toEqual([]);
  });
});
