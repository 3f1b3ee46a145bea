import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../backup/parse.js';
import { makeTestApp, type TestUser } from '../test/app.js';
import { zipBomb } from '../test/apple-health-fixtures.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

/** A backup of `n` check-ins (two a day before the clock's today) and the tracker they name. */
function backupOf(n: number, last: { notes?: string; pain?: number } = {}) {
  const tracker = { id: randomUUID(), name: 'Steps', kind: 'number', unit: null, min: 0, max: null };
  const stamp = '2026-03-01T10:00:00.000Z';
  const checkins = Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.parse('2026-03-19T08:00:00Z') - i * 12 * 3_600_000).toISOString();
    return {
      id: randomUUID(),
      recordedAt: `${at.slice(0, 19)}+00:00`,
      pain: i % 11,
      bodyAreas: ['lower_back_centre'],
      notes: i === n - 1 && last.notes ? last.notes : `day ${i}`,
      custom: { [tracker.id]: 1000 + i },
      createdAt: stamp,
      updatedAt: stamp,
      ...(i === n - 1 && last.pain !== undefined ? { pain: last.pain } : {}),
    };
  });
  return {
    format: 'spinekind-backup',
    version: 1,
    trackers: [{ ...tracker, archivedAt: null, createdAt: stamp, updatedAt: stamp }],
    checkins,
  };
}

const exportOf = async (u: TestUser) => {
  const { checkins, trackers, dailyMetrics } = (await u.call('GET', '/api/v1/export?format=json')).json;
  return { checkins, trackers, dailyMetrics };
};

async function userWithData(): Promise<TestUser> {
  const u = await t.newUser();
  expect((await u.call('POST', '/api/v1/import', backupOf(3))).status).toBe(200);
  return u;
}

/** Rows of a raw query (the two drivers' result types differ; both carry `rows`). */
const rowsOf = async (query: SQL) =>
  ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
const stagedRowsOf = async (u: TestUser) =>
  (await rowsOf(sql`select count(*)::int as n from staged_rows where user_id = ${u.id}`))[0] as { n: number };

describe('restoring a backup, all or nothing', () => {
  it('leaves her data exactly as it was when a record near the end is invalid', async () => {
    const u = await userWithData();
    const before = await exportOf(u);
    const res = await u.call('POST', '/api/v1/import', backupOf(1200, { pain: 11 }));
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(await exportOf(u)).toEqual(before);
  });

  it('leaves her data exactly as it was when the database fails during the swap', async () => {
    const u = await userWithData();
    const before = await exportOf(u);
    const marker = `fail-swap-${randomUUID()}`;
    await t.database.db.execute(
      sql.raw(`create or replace function fail_swap_test() returns trigger language plpgsql as $$
        begin if new.notes = '${marker}' then raise exception 'forced failure'; end if; return new; end $$`),
    );
    await t.database.db.execute(
      sql.raw(
        `create trigger fail_swap_${marker.slice(-12)} before insert on checkins for each row execute function fail_swap_test()`,
      ),
    );
    try {
      const res = await u.call('POST', '/api/v1/import', backupOf(1200, { notes: marker }));
      expect(res.status).toBe(500);
    } finally {
      await t.database.db.execute(sql.raw(`drop trigger fail_swap_${marker.slice(-12)} on checkins`));
    }
    expect(await exportOf(u)).toEqual(before);
    expect((await stagedRowsOf(u)).n).toBe(0);
  });

  it('takes over the leftovers of a restore whose process was killed', async () => {
    const u = await userWithData();
    const before = await exportOf(u);
    const runId = randomUUID();
    await t.database.db.execute(
      sql`insert into staging_runs (user_id, id, kind, started_at) values (${u.id}, ${runId}, 'restore', ${new Date('2026-03-20T11:00:00Z')})`,
    );
    await t.database.db.execute(
      sql`insert into staged_rows (user_id, run_id, target, batch, rows) values (${u.id}, ${runId}, 'checkins', 0, '[]')`,
    );
    expect(await exportOf(u)).toEqual(before);
    const res = await u.call('POST', '/api/v1/import', backupOf(5));
    expect(res.status).toBe(200);
    expect((await exportOf(u)).checkins).toHaveLength(before.checkins.length + 5);
    expect((await stagedRowsOf(u)).n).toBe(0);
  });

  it('refuses a second restore of hers while the first runs', async () => {
    const u = await t.newUser();
    const answers = await Promise.all([
      u.call('POST', '/api/v1/import', backupOf(3000)),
      u.call('POST', '/api/v1/import', backupOf(10)),
    ]);
    // Either may claim the run first; the other is refused and writes nothing.
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409]);
    const refused = answers.find((a) => a.status === 409);
    expect(refused?.json.error.code).toBe('conflict');
    const won = answers.findIndex((a) => a.status === 200);
    expect((await exportOf(u)).checkins).toHaveLength(won === 0 ? 3000 : 10);
  });

  it("answers another user's request while a restore runs", async () => {
    const restorer = await t.newUser();
    const other = await t.newUser();
    await other.call('POST', '/api/v1/checkins', { recordedAt: '2026-03-10T08:00:00+00:00', pain: 3 });
    let restored = false;
    const restore = restorer.call('POST', '/api/v1/import', backupOf(6000)).then((res) => {
      restored = true;
      return res;
    });
    // Wait until the restore holds its run (it has started), then ask as the other user.
    for (let i = 0; i < 200; i++) {
      if ((await rowsOf(sql`select 1 from staging_runs where user_id = ${restorer.id}`)).length) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const list = await other.call('GET', '/api/v1/checkins?from=2026-03-01&to=2026-03-31');
    expect(list.status).toBe(200);
    expect(list.json.items).toHaveLength(1);
    expect(restored).toBe(false);
    expect((await restore).status).toBe(200);
  });

  it('refuses a backup larger than the limit with 413 before reading it', async () => {
    const u = await t.newUser();
    const big = JSON.stringify({ format: 'spinekind-backup', version: 1, pad: 'x'.repeat(MAX_BACKUP_BYTES) });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { cookie: u.cookie, 'content-type': 'application/json' },
      payload: big,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(res.json().error.message).toMatch(/at most 32 MB/);
  });
});

describe('Apple Health zip bombs', () => {
  const bomb = (mb: number) => zipBomb(mb).zip;
  const upload = (u: TestUser, zip: Buffer) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/import/apple-health',
      headers: { cookie: u.cookie, 'content-type': 'application/zip' },
      payload: zip,
    });

  it('refuses a zip that unpacks to more than 100 times its size, and writes nothing', async () => {
    const u = await t.newUser();
    const res = await upload(u, bomb(30));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(res.json().error.message).toMatch(/100 times/);
    expect((await u.call('GET', '/api/v1/daily-metrics?from=2024-01-01&to=2024-01-31')).json.items).toEqual(
      [],
    );
  });

  it('refuses a bomb whose zip directory lies about its size, and writes nothing', async () => {
    const u = await t.newUser();
    const zip = bomb(30);
    // Claim 1 MB unpacked in the local header and the central directory: under 100× the packed size.
    zip.writeUInt32LE(2 ** 20, 22);
    zip.writeUInt32LE(2 ** 20, zip.length - 22 - 46 - 'apple_health_export/export.xml'.length + 24);
    const res = await upload(u, zip);
    expect([400, 413]).toContain(res.statusCode);
    expect((await u.call('GET', '/api/v1/daily-metrics?from=2024-01-01&to=2024-01-31')).json.items).toEqual(
      [],
    );
  });
});

describe('reports, one user asking for many at once', () => {
  it('draws two at a time and asks the rest to retry later', async () => {
    const u = await userWithData();
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.app.inject({ method: 'GET', url: '/api/v1/report.pdf', headers: { cookie: u.cookie } }),
      ),
    );
    const ok = answers.filter((a) => a.statusCode === 200);
    const refused = answers.filter((a) => a.statusCode === 429);
    expect(ok.length + refused.length).toBe(30);
    expect(ok.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const a of ok) expect(a.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    for (const a of refused) {
      expect(Number(a.headers['retry-after'])).toBeGreaterThan(0);
      expect(a.json().error.code).toBe('rate_limited');
    }
  });
});
