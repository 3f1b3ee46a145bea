import { exampleBreakSettings } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

// Wednesday 18 March 2026, 18:00 in London (GMT): the work day is over.
const WEDNESDAY_EVENING = new Date('2026-03-18T18:00:00Z');
let now = WEDNESDAY_EVENING;
const t = await makeTestApp({ clock: () => now });
const settings = exampleBreakSettings({ standingDesk: true });
const WEEK = 'from=2026-03-16T00:00:00Z&to=2026-03-23T00:00:00Z';

async function log(u: TestUser, at: string, action = 'taken') {
  expect((await u.call('POST', '/api/v1/breaks/log', { at, action })).status).toBe(201);
}

describe('break stats', () => {
  it('adds the longest sitting stretch, standing estimate and a day series, keeping the old fields', async () => {
    const u = await t.newUser();
    // Reminders on since Monday morning.
    now = new Date('2026-03-16T07:00:00Z');
    await u.call('PUT', '/api/v1/breaks/settings', settings);
    now = WEDNESDAY_EVENING;
    // Wednesday: stand at 09:25 (taken 09:26), sit at 09:55 (taken 09:56), a skipped one, then 15:00.
    await log(u, '2026-03-18T09:26:00Z');
    await log(u, '2026-03-18T09:56:00Z');
    await log(u, '2026-03-18T10:25:00Z', 'skipped');
    await log(u, '2026-03-18T15:00:00Z');
    const { status, json } = await u.call('GET', `/api/v1/breaks/stats?${WEEK}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      taken: 3,
      skipped: 1,
      snoozed: 0,
      takenByDay: [{ day: '2026-03-18', taken: 3 }],
      timeZone: 'Europe/London',
      standingDesk: true,
    });
    expect(json.days.map((d: { date: string }) => d.date)).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
    ]);
    // 09:56 → 12:30 is the longest stretch without a break taken (154 minutes); stood 30 minutes.
    expect(json.days[2]).toEqual({
      date: '2026-03-18',
      taken: 3,
      snoozed: 0,
      skipped: 1,
      longestSittingMinutes: 154,
      standMinutes: 30,
      sitMinutes: 390,
    });
    // Monday and Tuesday passed without any break: 210-minute stretches; the days ahead have none.
    expect(json.days[0].longestSittingMinutes).toBe(210);
    expect(json.days[3].longestSittingMinutes).toBeNull();
    expect(json.longestSittingMinutes).toBe(210);
    expect(json).toMatchObject({ standMinutes: 30, sitMinutes: 420 + 420 + 390 });
  });

  it('estimates sitting only from when reminders were turned on, or her first answer, and not while they are off', async () => {
    const u = await t.newUser();
    const sitting = async () => {
      const { json } = await u.call('GET', `/api/v1/breaks/stats?${WEEK}`);
      return json.days
        .slice(0, 3)
        .map((d: { longestSittingMinutes: number | null }) => d.longestSittingMinutes);
    };
    // Never set up: the default settings are off, so no estimates at all, only counts.
    await log(u, '2026-03-17T10:00:00Z', 'skipped');
    expect(await sitting()).toEqual([null, null, null]);
    // Turned on Wednesday at 11:00 (the skipped answer on Tuesday says she was at work then too).
    now = new Date('2026-03-18T11:00:00Z');
    await u.call('PUT', '/api/v1/breaks/settings', settings);
    now = WEDNESDAY_EVENING;
    expect(await sitting()).toEqual([null, 210, 210]);
    // Saved again while on (a new interval): the start is kept.
    now = new Date('2026-03-18T16:00:00Z');
    await u.call('PUT', '/api/v1/breaks/settings', { ...settings, mode: 'hourly' });
    now = WEDNESDAY_EVENING;
    expect(await sitting()).toEqual([null, 210, 210]);
    // Turned off: counts only.
    await u.call('PUT', '/api/v1/breaks/settings', { ...settings, enabled: false });
    const off = (await u.call('GET', `/api/v1/breaks/stats?${WEEK}`)).json;
    expect(off).toMatchObject({ skipped: 1, longestSittingMinutes: null, sitMinutes: 0, standMinutes: 0 });
  });

  it('groups by the local day of the user time zone', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/breaks/settings', { ...settings, timeZone: 'America/New_York' });
    await log(u, '2026-03-18T01:30:00Z'); // 21:30 on Tuesday in New York
    const { json } = await u.call(
      'GET',
      '/api/v1/breaks/stats?from=2026-03-16T04:00:00Z&to=2026-03-19T04:00:00Z',
    );
    expect(json.days.map((d: { date: string; taken: number }) => [d.date, d.taken])).toEqual([
      ['2026-03-16', 0],
      ['2026-03-17', 1],
      ['2026-03-18', 0],
    ]);
  });

  it('rejects a missing, reversed or over-long range', async () => {
    const u = await t.newUser();
    for (const query of [
      '',
      'from=2026-03-23T00:00:00Z&to=2026-03-16T00:00:00Z',
      'from=2025-01-01T00:00:00Z&to=2026-03-16T00:00:00Z',
      `${WEEK}&extra=1`,
    ]) {
      const res = await u.call('GET', `/api/v1/breaks/stats?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
    }
  });

  it("counts only the user's own breaks", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    await log(a, '2026-03-18T10:00:00Z');
    const { json } = await b.call('GET', `/api/v1/breaks/stats?${WEEK}`);
    expect(json.taken).toBe(0);
    expect(json.days.every((d: { taken: number }) => d.taken === 0)).toBe(true);
  });
});
