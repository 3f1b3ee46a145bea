import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { onStatement } from '../db/query-log.js';
import { makeTestApp } from '../test/app.js';
import { checkins } from './table.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

const makeCheckin = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  recordedAt: '2026-03-14T08:30:00+01:00',
  pain: 4,
  ...over,
});

describe('check-ins', () => {
  it('creates a check-in and returns every field, unrecorded ones as null', async () => {
    const u = await t.newUser();
    const body = makeCheckin({
      bodyAreas: ['lower_back_centre', 'buttock_left'],
      sleepHours: 6.5,
      nightPain: true,
      notes: 'stiff',
    });
    const res = await u.call('POST', '/api/v1/checkins', body);
    expect(res.status).toBe(201);
    expect(res.json.checkin).toMatchObject({
      ...body,
      recordedAt: '2026-03-14T08:30:00.000+01:00',
      localDate: '2026-03-14',
      mood: null,
    });
  });

  it('saves a check-in without tracker values in two statements: her session and the insert', async () => {
    const u = await t.newUser();
    const sent: string[] = [];
    onStatement((statement) => sent.push(statement));
    try {
      expect((await u.call('POST', '/api/v1/checkins', makeCheckin({ sleepHours: 7 }))).status).toBe(201);
    } finally {
      onStatement(undefined);
    }
    // Her trackers are read only when the check-in holds values for them (tracking.int.test.ts).
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatch(/^insert into "checkins"/);
  });

  it('answers 200 with the same record when the same id is sent again', async () => {
    const u = await t.newUser();
    const body = makeCheckin();
    const first = await u.call('POST', '/api/v1/checkins', body);
    const again = await u.call('POST', '/api/v1/checkins', { ...body, pain: 9 });
    expect(again.status).toBe(200);
    expect(again.json.checkin).toEqual(first.json.checkin);
  });

  it('keeps exactly one row when the same id is replayed 20 times at once', async () => {
    const u = await t.newUser();
    const body = makeCheckin();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => u.call('POST', '/api/v1/checkins', body)),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    const rows = await t.database.db.select().from(checkins).where(eq(checkins.userId, u.id));
    expect(rows).toHaveLength(1);
  });

  it('lists by the local date the check-in was recorded on, ordered by time', async () => {
    const u = await t.newUser();
    // 23:30 in New York on the 14th is already the 15th in UTC: it still belongs to the 14th.
    const late = makeCheckin({ recordedAt: '2026-03-14T23:30:00-04:00', pain: 6 });
    const early = makeCheckin({ recordedAt: '2026-03-14T07:00:00-04:00', pain: 3 });
    const nextDay = makeCheckin({ recordedAt: '2026-03-15T09:00:00-04:00' });
    for (const c of [late, nextDay, early]) await u.call('POST', '/api/v1/checkins', c);
    const res = await u.call('GET', '/api/v1/checkins?from=2026-03-14&to=2026-03-14');
    expect(res.status).toBe(200);
    expect(res.json.items.map((c: { id: string }) => c.id)).toEqual([early.id, late.id]);
  });

  it('patches some fields, clears one with null, and keeps the rest', async () => {
    const u = await t.newUser();
    const body = makeCheckin({ mood: 6, notes: 'before' });
    await u.call('POST', '/api/v1/checkins', body);
    const res = await u.call('PATCH', `/api/v1/checkins/${body.id}`, { pain: 7, notes: null });
    expect(res.status).toBe(200);
    expect(res.json.checkin).toMatchObject({ pain: 7, notes: null, mood: 6 });
    const got = await u.call('GET', `/api/v1/checkins/${body.id}`);
    expect(got.json.checkin.pain).toBe(7);
  });

  it('rejects a patch that would make worst pain lower than pain now', async () => {
    const u = await t.newUser();
    const body = makeCheckin({ pain: 5, painWorst: 6 });
    await u.call('POST', '/api/v1/checkins', body);
    const res = await u.call('PATCH', `/api/v1/checkins/${body.id}`, { pain: 8 });
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('painWorst');
  });

  it('deletes a check-in, then answers 404 for it', async () => {
    const u = await t.newUser();
    const body = makeCheckin();
    await u.call('POST', '/api/v1/checkins', body);
    expect((await u.call('DELETE', `/api/v1/checkins/${body.id}`)).status).toBe(204);
    expect((await u.call('GET', `/api/v1/checkins/${body.id}`)).status).toBe(404);
    expect((await u.call('DELETE', `/api/v1/checkins/${body.id}`)).status).toBe(404);
  });

  it.each([
    ['pain above 10', { pain: 11 }, 'pain'],
    ['pain below 0', { pain: -1 }, 'pain'],
    ['fractional pain', { pain: 3.5 }, 'pain'],
    ['unknown field', { colour: 'red' }, 'colour'],
    ['unknown body area', { bodyAreas: ['elbow'] }, 'bodyAreas.0'],
    ['date without offset', { recordedAt: '2026-03-14T08:30:00' }, 'recordedAt'],
    ['2,001-character note', { notes: 'x'.repeat(2001) }, 'notes'],
  ])('rejects %s with validation_failed naming the field', async (_name, over, path) => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/checkins', makeCheckin(over));
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('rejects a check-in dated more than a day in the future', async () => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/checkins', makeCheckin({ recordedAt: '2026-03-22T12:00:00Z' }));
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('recordedAt');
  });

  it('rejects a list query with from after to, or a malformed date', async () => {
    const u = await t.newUser();
    expect((await u.call('GET', '/api/v1/checkins?from=2026-03-15&to=2026-03-14')).status).toBe(400);
    expect((await u.call('GET', '/api/v1/checkins?from=2026-02-30&to=2026-03-14')).status).toBe(400);
  });
});

describe('isolation between users', () => {
  it("gives user B a 404 for A's check-in on GET, PATCH and DELETE, and leaves it untouched", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const body = makeCheckin({ notes: 'private' });
    await a.call('POST', '/api/v1/checkins', body);
    expect((await b.call('GET', `/api/v1/checkins/${body.id}`)).status).toBe(404);
    expect((await b.call('PATCH', `/api/v1/checkins/${body.id}`, { pain: 0 })).status).toBe(404);
    expect((await b.call('DELETE', `/api/v1/checkins/${body.id}`)).status).toBe(404);
    expect((await b.call('GET', '/api/v1/checkins?from=2026-03-01&to=2026-03-31')).json.items).toEqual([]);
    expect((await a.call('GET', `/api/v1/checkins/${body.id}`)).json.checkin).toMatchObject({
      pain: 4,
      notes: 'private',
    });
  });

  it("lets B create a check-in with the same id as A's without touching A's", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const id = randomUUID();
    await a.call('POST', '/api/v1/checkins', makeCheckin({ id, pain: 2 }));
    const res = await b.call('POST', '/api/v1/checkins', makeCheckin({ id, pain: 8 }));
    expect(res.status).toBe(201);
    expect((await a.call('GET', `/api/v1/checkins/${id}`)).json.checkin.pain).toBe(2);
  });
});
