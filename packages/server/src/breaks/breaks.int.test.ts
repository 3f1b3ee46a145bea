import { randomUUID } from 'node:crypto';
import { ergonomicQuestions, exampleBreakSettings } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

// Wednesday 2026-03-18, 09:10 in London (UTC+0 in March before the clock change).
let now = new Date('2026-03-18T09:10:00Z');
const t = await makeTestApp({ clock: () => now });
const settings = exampleBreakSettings();

describe('break reminders', () => {
  it('starts from switched-off defaults and saves valid settings', async () => {
    const u = await t.newUser();
    expect((await u.call('GET', '/api/v1/breaks/settings')).json.settings).toMatchObject({
      enabled: false,
      mode: 'pomodoro',
    });
    expect((await u.call('PUT', '/api/v1/breaks/settings', settings)).status).toBe(200);
    expect((await u.call('GET', '/api/v1/breaks/settings')).json.settings).toEqual(settings);
  });

  it('rejects an unknown time zone, end before start and custom mode without an interval', async () => {
    const u = await t.newUser();
    for (const bad of [{ timeZone: 'Mars/Olympus' }, { start: '17:00', end: '09:00' }, { mode: 'custom' }]) {
      expect((await u.call('PUT', '/api/v1/breaks/settings', { ...settings, ...bad })).status).toBe(400);
    }
  });

  it('answers the next reminders: pomodoro starts 25 minutes after the start of work', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/breaks/settings', settings);
    const res = await u.call('GET', '/api/v1/breaks/next?from=2026-03-18T08:00:00Z&count=3');
    expect(res.json.items).toEqual([
      { at: '2026-03-18T09:25:00.000Z', kind: 'move' },
      { at: '2026-03-18T09:55:00.000Z', kind: 'move' },
      { at: '2026-03-18T10:25:00.000Z', kind: 'move' },
    ]);
  });

  it('snoozes the next reminder by 10 minutes and pauses for the rest of the day', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/breaks/settings', settings);
    now = new Date('2026-03-18T09:25:00Z');
    const snoozed = await u.call('POST', '/api/v1/breaks/actions', { type: 'snooze', minutes: 10 });
    expect(snoozed.json.next[0].at).toBe('2026-03-18T09:35:00.000Z');
    const paused = await u.call('POST', '/api/v1/breaks/actions', { type: 'pause' });
    expect(paused.json.next[0].at).toBe('2026-03-19T09:25:00.000Z');
    // Any device reading the settings learns about the pause.
    const read = await u.call('GET', '/api/v1/breaks/settings');
    expect(read.json.state.pausedAt).toBe('2026-03-18T09:25:00.000Z');
    expect((await u.call('POST', '/api/v1/breaks/actions', { type: 'snooze', minutes: 7 })).status).toBe(400);
  });

  it('refuses a snooze that would end after work, leaving the plan as it was', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/breaks/settings', settings);
    now = new Date('2026-03-18T16:52:00Z');
    const tooLate = await u.call('POST', '/api/v1/breaks/actions', { type: 'snooze', minutes: 10 });
    expect(tooLate.status).toBe(409);
    expect(tooLate.json.error).toMatchObject({ code: 'conflict', details: [{ path: 'minutes' }] });
    expect((await u.call('GET', '/api/v1/breaks/settings')).json.state).toEqual({});
    const fits = await u.call('POST', '/api/v1/breaks/actions', { type: 'snooze', minutes: 5 });
    expect(fits.json.next[0].at).toBe('2026-03-18T16:57:00.000Z');
  });

  it('logs breaks once per id and counts them by action', async () => {
    const u = await t.newUser();
    const taken = {
      id: randomUUID(),
      at: '2026-03-18T09:26:00Z',
      action: 'taken',
      routineId: 'desk-shoulders',
    };
    expect((await u.call('POST', '/api/v1/breaks/log', taken)).status).toBe(201);
    expect((await u.call('POST', '/api/v1/breaks/log', taken)).status).toBe(200);
    await u.call('POST', '/api/v1/breaks/log', { at: '2026-03-18T09:56:00Z', action: 'skipped' });
    const stats = await u.call(
      'GET',
      '/api/v1/breaks/stats?from=2026-03-16T00:00:00Z&to=2026-03-23T00:00:00Z',
    );
    expect(stats.json).toMatchObject({
      taken: 1,
      skipped: 1,
      snoozed: 0,
      takenByDay: [{ day: '2026-03-18', taken: 1 }],
    });
    const other = await t.newUser();
    expect(
      (await other.call('GET', '/api/v1/breaks/stats?from=2026-03-16T00:00:00Z&to=2026-03-23T00:00:00Z')).json
        .taken,
    ).toBe(0);
  });

  it('answers a replayed log (an offline outbox sending again) with the first record and changes nothing else', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/breaks/settings', settings);
    now = new Date('2026-03-18T09:25:00Z');
    await u.call('POST', '/api/v1/breaks/actions', { type: 'snooze', minutes: 5 });
    const stateBefore = (await u.call('GET', '/api/v1/breaks/settings')).json.state;
    const snoozed = { id: randomUUID(), at: '2026-03-18T09:25:00.000Z', action: 'snoozed' };
    const first = await u.call('POST', '/api/v1/breaks/log', snoozed);
    expect(first.status).toBe(201);
    // Hours later, back online, the same entry arrives again (and a confused client even changes it).
    now = new Date('2026-03-18T13:00:00Z');
    for (const again of [snoozed, { ...snoozed, action: 'taken', at: '2026-03-18T12:59:00.000Z' }]) {
      const res = await u.call('POST', '/api/v1/breaks/log', again);
      expect(res.status).toBe(200);
      expect(res.json.entry).toEqual(first.json.entry);
    }
    // A log entry never snoozes, skips or pauses by itself: the reminder plan is as it was.
    expect((await u.call('GET', '/api/v1/breaks/settings')).json.state).toEqual(stateBefore);
    const stats = await u.call(
      'GET',
      '/api/v1/breaks/stats?from=2026-03-18T00:00:00Z&to=2026-03-19T00:00:00Z',
    );
    expect(stats.json).toMatchObject({ taken: 0, snoozed: 1, skipped: 0 });
    // The same id from another user is that user's own entry, not an answer with the first one.
    const other = await t.newUser();
    const theirs = await other.call('POST', '/api/v1/breaks/log', { ...snoozed, action: 'skipped' });
    expect(theirs.status).toBe(201);
    expect(theirs.json.entry.action).toBe('skipped');
  });
});

describe('desk self-check', () => {
  it('serves the questions and scores a full check, keeping its history', async () => {
    const u = await t.newUser();
    const { items } = (await u.call('GET', '/api/v1/ergonomics/questions')).json;
    expect(items.length).toBe(ergonomicQuestions.length);
    const best = Object.fromEntries(
      ergonomicQuestions.map((q) => [
        q.id,
        [...q.options].sort((a, b) => (b.points ?? -1) - (a.points ?? -1))[0]?.value,
      ]),
    );
    const res = await u.call('POST', '/api/v1/ergonomics', { answers: best });
    expect(res.status).toBe(201);
    expect(res.json.check).toMatchObject({ score: 100, topFixes: [] });
    expect((await u.call('GET', '/api/v1/ergonomics')).json.items).toHaveLength(1);
  });

  it('rejects an unknown question and a missing answer', async () => {
    const u = await t.newUser();
    expect((await u.call('POST', '/api/v1/ergonomics', { answers: { chair_colour: 'red' } })).status).toBe(
      400,
    );
  });
});
