import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

let now = new Date('2026-06-30T12:00:00Z');
const t = await makeTestApp({ clock: () => now });
const DAY = 24 * 3600_000;

const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

async function share(u: TestUser, body: Record<string, unknown>) {
  const res = await u.call('POST', '/api/v1/shares', body);
  expect(res.status).toBe(201);
  return res.json.share as { id: string; url: string; expiresAt: string; label: string | null };
}

/** The link as a clinician opens it: no cookie, maybe a passcode. */
async function open(token: string, passcode?: string, path = '') {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/shared/${token}${path}`,
    headers: {
      'user-agent': 'ClinicBrowser/1.0',
      ...(passcode === undefined ? {} : { 'x-share-passcode': passcode }),
    },
  });
  return { status: res.statusCode, headers: res.headers, json: path ? undefined : res.json(), raw: res };
}

const checkin = (day: string, pain: number, notes?: string) => ({
  recordedAt: `${day}T09:00:00+01:00`,
  pain,
  ...(notes ? { notes } : {}),
});

describe('share links', () => {
  it('makes a link whose token is shown once and stored only as a hash, and opens it without an account', async () => {
    now = new Date('2026-06-30T12:00:00Z');
    const u = await t.newUser();
    await u.call('POST', '/api/v1/checkins', checkin('2026-06-20', 6));
    const made = await share(u, { days: 7, label: 'Physio, Tuesday' });
    expect(made.url).toMatch(/^http:\/\/[^/]+\/shared\/[A-Za-z0-9_-]{43}$/);
    expect(made.expiresAt).toBe(new Date(now.getTime() + 7 * DAY).toISOString());
    expect(made.label).toBe('Physio, Tuesday');
    const token = tokenOf(made.url);
    const stored = (await t.database.db.execute(
      sql`select * from shares where id = ${made.id}`,
    )) as unknown as { rows: Record<string, unknown>[] };
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    expect(stored.rows).toHaveLength(1);

    const res = await open(token);
    expect(res.status).toBe(200);
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json.share).toEqual({
      label: 'Physio, Tuesday',
      from: '2026-04-01',
      to: '2026-06-30',
      expiresAt: made.expiresAt,
    });
    expect(res.json.report.pain.mean).toBe(6);
    expect(res.json.report.daysLogged).toBe(1);
    expect(res.json.report.notes).toBeUndefined();
  });

  it('lists every opening for her, with the browser', async () => {
    const u = await t.newUser();
    const made = await share(u, { days: 3 });
    await open(tokenOf(made.url));
    now = new Date(now.getTime() + 60_000);
    await open(tokenOf(made.url));
    const list = await u.call('GET', '/api/v1/shares');
    expect(list.status).toBe(200);
    const [item] = list.json.items;
    expect(item).toMatchObject({
      id: made.id,
      label: null,
      revokedAt: null,
      hasPasscode: false,
      locked: false,
    });
    expect(item.accesses).toHaveLength(2);
    expect(item.accesses[0]).toEqual({ at: now.toISOString(), userAgent: 'ClinicBrowser/1.0' });
    expect(JSON.stringify(list.json)).not.toContain(tokenOf(made.url));
  });

  it('answers 404 once the link has expired (controlled clock)', async () => {
    now = new Date('2026-06-30T12:00:00Z');
    const u = await t.newUser();
    const token = tokenOf((await share(u, { days: 1 })).url);
    now = new Date(now.getTime() + DAY - 1000);
    expect((await open(token)).status).toBe(200);
    now = new Date(now.getTime() + 1000);
    const gone = await open(token);
    expect(gone.status).toBe(404);
    expect(gone.json.error.code).toBe('not_found');
    expect(gone.headers['x-robots-tag']).toBe('noindex, nofollow');
  });

  it('revokes at once: the link answers 404 and her list says when', async () => {
    now = new Date('2026-06-30T12:00:00Z');
    const u = await t.newUser();
    const made = await share(u, { days: 30 });
    expect((await open(tokenOf(made.url))).status).toBe(200);
    expect((await u.call('DELETE', `/api/v1/shares/${made.id}`)).status).toBe(204);
    expect((await open(tokenOf(made.url))).status).toBe(404);
    expect((await open(tokenOf(made.url), undefined, '/report.pdf')).status).toBe(404);
    const [item] = (await u.call('GET', '/api/v1/shares')).json.items;
    expect(item.revokedAt).toBe(now.toISOString());
  });

  it('answers 404 to an unknown or malformed token', async () => {
    expect((await open('A'.repeat(43))).status).toBe(404);
    expect((await open('short')).status).toBe(404);
  });

  it('asks for the passcode, counts wrong ones down, and closes the link after 5', async () => {
    const u = await t.newUser();
    const made = await share(u, { days: 7, passcode: 'kestrel-42' });
    const token = tokenOf(made.url);
    const missing = await open(token);
    expect(missing.status).toBe(401);
    expect(missing.json.error).toMatchObject({ code: 'passcode_required', remainingAttempts: 5 });
    // A right passcode between wrong ones does not use up an attempt.
    expect((await open(token, 'kestrel-42')).status).toBe(200);
    const left: number[] = [];
    for (let i = 0; i < 5; i++) {
      const wrong = await open(token, `guess-${i}`);
      expect(wrong.status).toBe(401);
      expect(wrong.json.error.code).toBe('passcode_wrong');
      left.push(wrong.json.error.remainingAttempts);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect((await open(token, 'kestrel-42')).status).toBe(404);
    const [item] = (await u.call('GET', '/api/v1/shares')).json.items;
    expect(item).toMatchObject({ hasPasscode: true, locked: true });
  });

  it('counts parallel wrong passcodes exactly like sequential ones', async () => {
    const u = await t.newUser();
    const token = tokenOf((await share(u, { days: 7, passcode: 'kestrel-42' })).url);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => open(token, `guess-${i}`)));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 404)).toHaveLength(3);
    expect((await open(token, 'kestrel-42')).status).toBe(404);
  });

  it('serves the PDF for the same range, with the passcode', async () => {
    now = new Date('2026-06-30T12:00:00Z');
    const u = await t.newUser();
    await u.call('POST', '/api/v1/checkins', checkin('2026-06-20', 4));
    const token = tokenOf((await share(u, { days: 7, passcode: 'kestrel-42' })).url);
    expect((await open(token, undefined, '/report.pdf')).status).toBe(401);
    const pdf = await open(token, 'kestrel-42', '/report.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      'attachment; filename="spinekind-report-2026-04-01-to-2026-06-30.pdf"',
    );
    expect(pdf.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(pdf.raw.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows nothing outside the range, and her notes only when she chose to include them', async () => {
    now = new Date('2026-06-30T12:00:00Z');
    const u = await t.newUser();
    await u.call('POST', '/api/v1/checkins', checkin('2026-05-31', 9, 'before the range'));
    await u.call('POST', '/api/v1/checkins', checkin('2026-06-05', 3, 'inside the range'));
    await u.call('POST', '/api/v1/checkins', checkin('2026-06-15', 5));
    await u.call('POST', '/api/v1/checkins', checkin('2026-06-25', 8, 'after the range'));
    for (const day of ['2026-05-20', '2026-06-10'])
      await u.call('POST', '/api/v1/instruments/peg/responses', {
        answers: [5, 5, 5],
        completedAt: `${day}T10:00:00+01:00`,
      });
    await u.call('POST', '/api/v1/screenings', {
      recordedAt: '2026-05-30T21:10:00+01:00',
      input: { age: 47, answers: { saddle_numbness: true } },
    });
    const range = { from: '2026-06-01', to: '2026-06-20' };

    const without = await open(tokenOf((await share(u, { days: 7, ...range })).url));
    const report = without.json.report;
    expect([report.from, report.to]).toEqual([range.from, range.to]);
    expect(report.daysLogged).toBe(2);
    expect(report.pain).toMatchObject({ mean: 4, min: 3, max: 5 });
    expect(report.series.every((d: { date: string }) => d.date >= range.from && d.date <= range.to)).toBe(
      true,
    );
    expect(report.questionnaires).toEqual([
      expect.objectContaining({ id: 'peg', count: 1, points: [{ date: '2026-06-10', total: 5 }] }),
    ]);
    expect(report.screenings).toEqual([]);
    expect(report.notes).toBeUndefined();
    expect(JSON.stringify(without.json)).not.toContain('the range');

    const withNotes = await open(tokenOf((await share(u, { days: 7, ...range, includeNotes: true })).url));
    expect(withNotes.json.report.notes).toEqual([{ date: '2026-06-05', text: 'inside the range' }]);
  });

  it('refuses a range that ends before it starts, and more than 90 days of life', async () => {
    const u = await t.newUser();
    expect((await u.call('POST', '/api/v1/shares', { days: 91 })).status).toBe(400);
    expect((await u.call('POST', '/api/v1/shares', { days: 0 })).status).toBe(400);
    expect((await u.call('POST', '/api/v1/shares', { days: 7, from: '2026-07-10' })).status).toBe(400);
    expect(
      (await u.call('POST', '/api/v1/shares', { days: 7, from: '2026-06-10', to: '2026-06-01' })).status,
    ).toBe(400);
    expect((await u.call('POST', '/api/v1/shares', { days: 7, passcode: '123' })).status).toBe(400);
    expect((await u.call('POST', '/api/v1/shares', { days: 7, url: 'x' })).status).toBe(400);
    expect((await u.call('GET', '/api/v1/shares')).json.items).toEqual([]);
  });

  it("keeps each woman's links her own: another user neither lists nor revokes them, and a link shows only its owner's diary", async () => {
    now = new Date('2026-06-30T12:00:00Z');
    const a = await t.newUser();
    const b = await t.newUser();
    await a.call('POST', '/api/v1/checkins', checkin('2026-06-20', 7));
    await b.call('POST', '/api/v1/checkins', checkin('2026-06-20', 2));
    const made = await share(a, { days: 7 });
    expect((await b.call('GET', '/api/v1/shares')).json.items).toEqual([]);
    expect((await b.call('DELETE', `/api/v1/shares/${made.id}`)).status).toBe(404);
    const res = await open(tokenOf(made.url));
    expect(res.status).toBe(200);
    expect(res.json.report.pain.mean).toBe(7);
  });

  it('stays out of her JSON backup, so no restore can bring a link back', async () => {
    const u = await t.newUser();
    const made = await share(u, { days: 7, label: 'Physio' });
    const backup = await u.call('GET', '/api/v1/export?format=json');
    expect(backup.status).toBe(200);
    const text = JSON.stringify(backup.json);
    expect(text).not.toContain(made.id);
    expect(text).not.toContain(tokenOf(made.url));
    expect(Object.keys(backup.json)).not.toContain('shares');
  });

  it('needs her session to make a link, and goes with her account', async () => {
    const u = await t.newUser();
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/shares', payload: { days: 7 } });
    expect(anonymous.statusCode).toBe(401);
    const made = await share(u, { days: 7 });
    expect((await u.call('DELETE', '/api/v1/me', { password: u.password })).status).toBe(204);
    expect((await open(tokenOf(made.url))).status).toBe(404);
    const left = (await t.database.db.execute(
      sql`select count(*)::int as n from shares where id = ${made.id}`,
    )) as unknown as { rows: { n: number }[] };
    expect(left.rows[0]?.n).toBe(0);
  });
});
