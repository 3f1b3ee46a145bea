import { randomUUID } from 'node:crypto';
import { defaultReminderSettings, exampleBreakSettings, type ReminderSettings } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

// Monday 2 March 2026, 08:00 in London (GMT, before the clock change).
const now = new Date('2026-03-02T08:00:00Z');
const t = await makeTestApp({ clock: () => now });

function settingsWith(over: Partial<ReminderSettings>): ReminderSettings {
  return { ...defaultReminderSettings('Europe/London'), ...over };
}
const checkinAt = (...times: string[]) =>
  settingsWith({ checkin: { enabled: true, times, days: [1, 2, 3, 4, 5, 6, 7] } });

async function save(u: TestUser, settings: ReminderSettings) {
  const res = await u.call('PUT', '/api/v1/reminders', { settings });
  expect(res.status).toBe(200);
  return res;
}
const next = async (u: TestUser, count = 7) =>
  (await u.call('GET', `/api/v1/reminders/next?count=${count}`)).json.items as {
    at: string;
    kind: string;
    title: string;
    url: string;
    refId?: string;
    key: string;
  }[];

async function logPeriods(u: TestUser, starts: string[]) {
  for (const startDate of starts) {
    expect((await u.call('POST', '/api/v1/periods', { startDate })).status).toBe(201);
  }
}

describe('reminder settings', () => {
  it('starts all off in London, in her break zone, or in the zone she asks with', async () => {
    const u = await t.newUser();
    const res = await u.call('GET', '/api/v1/reminders');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ settings: defaultReminderSettings('Europe/London'), version: 0 });
    expect((await u.call('GET', '/api/v1/reminders?timeZone=America/New_York')).json.settings.timeZone).toBe(
      'America/New_York',
    );
    await u.call('PUT', '/api/v1/breaks/settings', { ...exampleBreakSettings(), timeZone: 'Asia/Tokyo' });
    expect((await u.call('GET', '/api/v1/reminders')).json.settings.timeZone).toBe('Asia/Tokyo');
  });

  it('saves settings and answers them back', async () => {
    const u = await t.newUser();
    const settings = checkinAt('20:30');
    expect((await save(u, settings)).json).toEqual({ settings, version: 1 });
    expect((await u.call('GET', '/api/v1/reminders')).json).toEqual({ settings, version: 1 });
  });

  it('rejects unknown fields, bad times, unknown zones and more than three check-in times', async () => {
    const u = await t.newUser();
    const good = checkinAt('20:30');
    const bad: unknown[] = [
      { settings: good, extra: 1 },
      { settings: { ...good, snooze: true } },
      { settings: { ...good, timeZone: 'Mars/Olympus' } },
      { settings: { ...good, checkin: { ...good.checkin, times: ['25:00'] } } },
      { settings: { ...good, checkin: { ...good.checkin, times: ['07:00', '12:00', '18:00', '21:00'] } } },
      { settings: { ...good, checkin: { ...good.checkin, days: [0] } } },
      { settings: { ...good, quietHours: { start: '22:00', end: '22:00' } } },
      good,
    ];
    for (const body of bad) {
      const res = await u.call('PUT', '/api/v1/reminders', body);
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
    }
    expect((await u.call('GET', '/api/v1/reminders')).json.settings.checkin.enabled).toBe(false);
  });

  it("keeps each person's settings to herself", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    await save(a, checkinAt('20:30'));
    expect((await b.call('GET', '/api/v1/reminders')).json.settings.checkin.enabled).toBe(false);
    expect(await next(b)).toEqual([]);
  });

  it('travels in the backup and comes back on restore', async () => {
    const a = await t.newUser();
    const settings = { ...checkinAt('08:30', '20:30'), quietHours: null };
    await save(a, settings);
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    expect(backup.reminders).toEqual(settings);
    const b = await t.newUser();
    const restored = await b.call('POST', '/api/v1/import', backup);
    expect(restored.status).toBe(200);
    expect(restored.json.imported.reminders).toBe(1);
    expect((await b.call('GET', '/api/v1/reminders')).json.settings).toEqual(settings);
  });
});

describe('coming reminders', () => {
  it('lists check-ins at her times and drops the day once she has checked in', async () => {
    const u = await t.newUser();
    await save(u, checkinAt('08:30', '20:30'));
    expect((await next(u, 4)).map((i) => i.at)).toEqual([
      '2026-03-02T08:30:00.000Z',
      '2026-03-02T20:30:00.000Z',
      '2026-03-03T08:30:00.000Z',
      '2026-03-03T20:30:00.000Z',
    ]);
    const checkin = await u.call('POST', '/api/v1/checkins', { recordedAt: '2026-03-02T07:55:00Z', pain: 3 });
    expect(checkin.status).toBe(201);
    const items = await next(u, 2);
    expect(items.map((i) => i.at)).toEqual(['2026-03-03T08:30:00.000Z', '2026-03-03T20:30:00.000Z']);
    expect(items[0]).toMatchObject({ kind: 'checkin', url: '/', key: 'checkin:2026-03-03:08:30' });
  });

  it('reminds of a planned routine minutes before, by its name, unless she has played it', async () => {
    const u = await t.newUser();
    const entryId = randomUUID();
    const plan = {
      timeZone: 'Europe/London',
      entries: [{ id: entryId, routineId: 'morning-5', days: [1], time: '18:00' }],
      walking: null,
    };
    expect((await u.call('PUT', '/api/v1/plan', plan)).status).toBe(200);
    await save(u, settingsWith({ routines: { enabled: true, minutesBefore: 15 } }));
    const [first] = await next(u, 1);
    expect(first).toEqual({
      at: '2026-03-02T17:45:00.000Z',
      kind: 'routine',
      title: 'Morning mobility at 18:00',
      url: '/move/play/morning-5',
      refId: entryId,
      key: `routine:2026-03-02:${entryId}`,
    });
    const session = await u.call('POST', '/api/v1/sessions', {
      routineId: 'morning-5',
      startedAt: '2026-03-02T07:30:00Z',
      endedAt: '2026-03-02T07:36:00Z',
      painBefore: 3,
      painAfter: 2,
      effort: 4,
      rating: 'about_right',
    });
    expect(session.status).toBe(201);
    expect((await next(u, 1))[0]?.at).toBe('2026-03-09T17:45:00.000Z');
  });

  it('reminds of questionnaires once due, mood ones only when she opted in', async () => {
    const u = await t.newUser();
    await save(u, settingsWith({ questionnaires: { enabled: true } }));
    const due = async () => (await next(u)).filter((i) => i.kind === 'questionnaire').map((i) => i.refId);
    expect((await due()).sort()).toEqual(['mrs', 'peg', 'rmdq']);
    await u.call('PUT', '/api/v1/profile', { moodQuestionnaires: true });
    expect((await due()).sort()).toEqual(['gad2', 'mrs', 'peg', 'phq2', 'rmdq']);
    const answered = await u.call('POST', '/api/v1/instruments/peg/responses', {
      answers: [3, 3, 3],
      completedAt: '2026-03-02T07:00:00Z',
    });
    expect(answered.status).toBe(201);
    const peg = (await next(u, 20)).find((i) => i.refId === 'peg');
    expect(peg?.at).toBe('2026-03-09T19:00:00.000Z');
  });

  it('reminds of the period days before its forecast window, and not without a forecast', async () => {
    const u = await t.newUser();
    await save(u, settingsWith({ period: { enabled: true, daysBefore: 2 } }));
    expect(await next(u)).toEqual([]);
    await logPeriods(u, ['2025-12-08', '2026-01-05', '2026-02-02', '2026-03-02']);
    const [period] = await next(u, 1);
    expect(period).toMatchObject({
      at: '2026-03-26T19:00:00.000Z',
      kind: 'period',
      url: '/cycle',
      title: 'Your next period is likely to start between 28 March and 1 April.',
    });
  });

  it('brings a reminder back later only if it is one of hers', async () => {
    const u = await t.newUser();
    await save(u, checkinAt('08:30'));
    const [first] = await next(u, 1);
    const later = await u.call('POST', '/api/v1/reminders/later', { key: first?.key, at: first?.at });
    expect(later.status).toBe(201);
    expect(later.json).toEqual({ at: '2026-03-02T09:00:00.000Z' });
    const other = await t.newUser();
    expect(
      (await other.call('POST', '/api/v1/reminders/later', { key: first?.key, at: first?.at })).status,
    ).toBe(404);
  });
});

describe('next-period forecast in GET /cycle', () => {
  it('answers a window from her cycles, with its basis and a plain confidence', async () => {
    const u = await t.newUser();
    await logPeriods(u, ['2025-12-08', '2026-01-05', '2026-02-02', '2026-03-02']);
    const res = await u.call('GET', '/api/v1/cycle?asOf=2026-03-10');
    expect(res.status).toBe(200);
    expect(res.json.forecast).toMatchObject({ from: '2026-03-28', to: '2026-04-01', confidence: 'low' });
    expect(res.json.forecast.basis).toContain('Your last 3 cycles were all 28 days long');
    expect(res.json.forecastNote).toBeNull();
  });

  it('says why there is no forecast', async () => {
    const u = await t.newUser();
    await logPeriods(u, ['2026-02-02', '2026-03-02']);
    const res = await u.call('GET', '/api/v1/cycle?asOf=2026-03-10');
    expect(res.json.forecast).toBeNull();
    expect(res.json.forecastNote).toBe(
      'A forecast needs at least 3 complete cycles in your log (there is 1 so far).',
    );
    await u.call('PUT', '/api/v1/profile', { hrt: true });
    expect((await u.call('GET', '/api/v1/cycle?asOf=2026-03-10')).json.forecastNote).toMatch(/^HRT/);
  });
});
