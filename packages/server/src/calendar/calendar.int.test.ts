import { randomUUID } from 'node:crypto';
import { defaultReminderSettings, exampleBreakSettings } from '@spinekind/core';
import ICAL from 'ical.js';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

// Friday 20 March 2026, 10:00 in London (GMT); the clocks go forward on Sunday 29 March.
const now = new Date('2026-03-20T10:00:00Z');
const t = await makeTestApp({ clock: () => now });

const breaks = exampleBreakSettings();
const ENTRY = randomUUID();
const plan = {
  timeZone: 'Europe/London',
  entries: [{ id: ENTRY, routineId: 'morning-5', days: [1, 3, 5], time: '07:30' }],
  walking: { startDate: '2026-03-23', days: [6], time: '10:00' },
};

/** Fetches a feed URL like a calendar app: no cookie. */
async function fetchFeed(url: string) {
  const res = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
  return { status: res.statusCode, type: res.headers['content-type'], text: res.body };
}
/** A node-ical value as text (some properties come as `{params, val}`). */
const textOf = (v: unknown): string =>
  typeof v === 'string' ? v : ((v as { val?: string } | undefined)?.val ?? '');
/** The feed's events as a real iCalendar parser reads them, in time order. */
const eventsOf = (ics: string) =>
  Object.values(ical.sync.parseICS(ics))
    .filter((c): c is VEvent => c?.type === 'VEVENT')
    .map((e) => ({
      uid: e.uid,
      summary: textOf(e.summary),
      description: textOf(e.description),
      start: e.start,
      end: e.end as Date,
      tz: (e.start as Date & { tz?: string }).tz,
      transparency: e.transparency,
      url: textOf(e.url),
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());

async function userWithFeed(): Promise<{ user: TestUser; url: string }> {
  const user = await t.newUser();
  expect((await user.call('PUT', '/api/v1/breaks/settings', breaks)).status).toBe(200);
  expect((await user.call('PUT', '/api/v1/plan', plan)).status).toBe(200);
  const res = await user.call('POST', '/api/v1/calendar/token');
  expect(res.status).toBe(201);
  return { user, url: res.json.url };
}

describe('calendar feed', () => {
  it('ends every content line with CRLF, the last one included (RFC 5545 §3.1)', async () => {
    const { url } = await userWithFeed();
    const { text } = await fetchFeed(url);
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.subarray(-2).toString('hex')).toBe('0d0a');
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    // A second, independent parser (ical.js, Mozilla's) reads the same feed as node-ical does.
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual(
      eventsOf(text)
        .map((e) => e.uid)
        .sort(),
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.startDate.zone?.tzid === 'Europe/London')).toBe(true);
  });

  it('gives a secret URL and then says a feed exists, without repeating the secret', async () => {
    const user = await t.newUser();
    expect((await user.call('GET', '/api/v1/calendar')).json).toEqual({ feed: null });
    const { url } = (await user.call('POST', '/api/v1/calendar/token')).json;
    expect(url).toMatch(/^http:\/\/localhost(:80)?\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const status = await user.call('GET', '/api/v1/calendar');
    expect(status.json).toEqual({ feed: { createdAt: now.toISOString(), weeks: 8 } });
    expect(JSON.stringify(status.json)).not.toContain(new URL(url).pathname.split('/').at(-1));
  });

  it('serves eight weeks of break blocks in the user time zone, across the clock change', async () => {
    const { url } = await userWithFeed();
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const blocks = eventsOf(feed.text).filter((e) => e.summary.startsWith('Movement breaks'));
    // 20 March to 14 May: 40 work days.
    expect(blocks).toHaveLength(40);
    expect(blocks[0]).toMatchObject({
      summary: 'Movement breaks, every 30 min',
      transparency: 'TRANSPARENT',
    });
    expect(blocks[0]?.start.toISOString()).toBe('2026-03-20T09:00:00.000Z');
    expect(blocks[0]?.end.toISOString()).toBe('2026-03-20T17:00:00.000Z');
    // Monday 30 March, 09:00 British Summer Time.
    expect(blocks[6]?.start.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(blocks[6]?.tz).toBe('Europe/London');
    expect(blocks[0]?.description).toContain('09:25, 09:55, 10:25');
    expect(feed.text).toContain('DTSTART;TZID=Europe/London:20260330T090000');
    expect(feed.text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/London/);
  });

  it('speaks the language of her profile, else the one the calendar app asks for', async () => {
    const { user, url } = await userWithFeed();
    const asked = await t.app.inject({
      method: 'GET',
      url: new URL(url).pathname,
      headers: { 'accept-language': 'es-ES' },
    });
    const [breakEs] = eventsOf(asked.body).filter((e) => e.summary.startsWith('Pausas activas'));
    expect(breakEs?.summary).toBe('Pausas activas, cada 30 min');
    expect(breakEs?.description).toMatch(/^Recordatorios de pausa a las 09:25, 09:55/);
    expect((await user.call('PUT', '/api/v1/profile', { language: 'de' })).status).toBe(200);
    const german = await t.app.inject({
      method: 'GET',
      url: new URL(url).pathname,
      headers: { 'accept-language': 'es-ES' },
    });
    const summaries = eventsOf(german.body).map((e) => e.summary);
    expect(summaries).toContain('Bewegungspausen, alle 30 Min.');
    expect(summaries.some((s) => s.startsWith('Gehen, '))).toBe(true);
    expect(german.body).toContain('Bewegungspausen, geplante Übungsfolgen');
  });

  it('includes the planned routines and walks at their local times', async () => {
    const { url } = await userWithFeed();
    const events = eventsOf((await fetchFeed(url)).text);
    const routines = events.filter((e) => e.summary === 'Morning mobility');
    expect(routines.map((e) => e.start.toISOString()).slice(0, 4)).toEqual([
      '2026-03-20T07:30:00.000Z', // Friday, GMT
      '2026-03-23T07:30:00.000Z',
      '2026-03-25T07:30:00.000Z',
      '2026-03-27T07:30:00.000Z',
    ]);
    expect(routines[4]?.start.toISOString()).toBe('2026-03-30T06:30:00.000Z'); // BST
    expect(routines[0]?.url).toBe('http://localhost:80/move/play/morning-5');
    const walks = events.filter((e) => e.summary.startsWith('Walk'));
    expect(walks[0]).toMatchObject({ summary: 'Walk, 10 min' });
    expect(walks[0]?.start.toISOString()).toBe('2026-03-28T10:00:00.000Z');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('shows nothing of breaks that are switched off', async () => {
    const user = await t.newUser();
    await user.call('PUT', '/api/v1/breaks/settings', { ...breaks, enabled: false });
    const { url } = (await user.call('POST', '/api/v1/calendar/token')).json;
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(eventsOf(feed.text)).toEqual([]);
  });

  it('stops serving the old URL when the link is replaced or turned off', async () => {
    const { user, url: old } = await userWithFeed();
    const { url: fresh } = (await user.call('POST', '/api/v1/calendar/token')).json;
    expect(fresh).not.toBe(old);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(fresh)).status).toBe(200);
    expect((await user.call('DELETE', '/api/v1/calendar/token')).status).toBe(204);
    expect((await fetchFeed(fresh)).status).toBe(404);
    expect((await user.call('GET', '/api/v1/calendar')).json).toEqual({ feed: null });
    expect((await user.call('DELETE', '/api/v1/calendar/token')).status).toBe(404);
  });

  it("keeps each user's feed to her own events", async () => {
    const a = await userWithFeed();
    const b = await t.newUser();
    await b.call('PUT', '/api/v1/breaks/settings', {
      ...breaks,
      start: '08:00',
      end: '12:00',
      lunch: undefined,
    });
    const { url: bUrl } = (await b.call('POST', '/api/v1/calendar/token')).json;
    const aEvents = eventsOf((await fetchFeed(a.url)).text);
    const bEvents = eventsOf((await fetchFeed(bUrl)).text);
    expect(bEvents.every((e) => e.summary.startsWith('Movement breaks'))).toBe(true);
    expect(bEvents[0]?.start.toISOString()).toBe('2026-03-20T08:00:00.000Z');
    expect(aEvents.some((e) => e.summary === 'Morning mobility')).toBe(true);
    const aUids = new Set(aEvents.map((e) => e.uid));
    expect(bEvents.some((e) => aUids.has(e.uid))).toBe(false);
  });

  it('carries check-in reminders and alarms before planned routines, across the clock change', async () => {
    const { user, url } = await userWithFeed();
    const settings = {
      ...defaultReminderSettings('Europe/London'),
      checkin: { enabled: true, times: ['20:30'], days: [1, 2, 3, 4, 5, 6, 7] },
      routines: { enabled: true, minutesBefore: 10 },
    };
    expect((await user.call('PUT', '/api/v1/reminders', { settings })).status).toBe(200);
    const { text } = await fetchFeed(url);
    expect(text.split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const alarmed = calendar.getAllSubcomponents('vevent').flatMap((v) => {
      const alarm = v.getFirstSubcomponent('valarm');
      if (!alarm) return [];
      const event = new ICAL.Event(v);
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      return [
        { summary: event.summary, start: event.startDate.toJSDate(), before: -trigger.toSeconds() / 60 },
      ];
    });
    const checkins = alarmed.filter((a) => a.summary === 'Check in with Spinekind');
    // 20:30 local before and after the clocks go forward on 29 March: 20:30 GMT, then 19:30 UTC.
    expect(checkins.slice(0, 3).map((c) => c.start.toISOString())).toEqual([
      '2026-03-20T20:30:00.000Z',
      '2026-03-21T20:30:00.000Z',
      '2026-03-22T20:30:00.000Z',
    ]);
    expect(checkins.find((c) => c.start >= new Date('2026-03-29'))?.start.toISOString()).toBe(
      '2026-03-29T19:30:00.000Z',
    );
    expect(checkins.every((c) => c.before === 0)).toBe(true);
    const routines = alarmed.filter((a) => a.summary === 'Morning mobility');
    expect(routines.length).toBeGreaterThan(0);
    expect(routines.every((r) => r.before === 10)).toBe(true);
    // Walks and break blocks carry no alarm.
    expect(alarmed.every((a) => a.summary === 'Morning mobility' || a.summary.startsWith('Check in'))).toBe(
      true,
    );
  });

  it("drops today's check-in event once she has checked in today", async () => {
    const { user, url } = await userWithFeed();
    const settings = {
      ...defaultReminderSettings('Europe/London'),
      checkin: { enabled: true, times: ['20:30'], days: [1, 2, 3, 4, 5, 6, 7] },
    };
    expect((await user.call('PUT', '/api/v1/reminders', { settings })).status).toBe(200);
    const firstCheckin = async () =>
      eventsOf((await fetchFeed(url)).text).find((e) => e.summary === 'Check in with Spinekind')?.start;
    expect((await firstCheckin())?.toISOString()).toBe('2026-03-20T20:30:00.000Z');
    const checkin = await user.call('POST', '/api/v1/checkins', {
      recordedAt: '2026-03-20T09:30:00Z',
      pain: 3,
    });
    expect(checkin.status).toBe(201);
    expect((await firstCheckin())?.toISOString()).toBe('2026-03-21T20:30:00.000Z');
  });

  it('carries experiment reminders on the first day of each period at 08:00 local, gone once she stops it', async () => {
    const { user, url } = await userWithFeed();
    const settings = { ...defaultReminderSettings('Europe/London'), experiments: { enabled: true } };
    expect((await user.call('PUT', '/api/v1/reminders', { settings })).status).toBe(200);
    const id = randomUUID();
    const created = await user.call('POST', '/api/v1/experiments?timeZone=Europe/London', {
      id,
      templateId: 'lumbar-cushion',
      startDate: '2026-03-21',
      periodDays: 7,
      pairs: 2,
    });
    expect(created.status).toBe(201);
    const experiments = async () =>
      eventsOf((await fetchFeed(url)).text).filter((e) => e.summary === 'Experiment: Lumbar cushion');
    const events = await experiments();
    // 08:00 in London on either side of the clock change of 29 March.
    expect(events.map((e) => e.start.toISOString())).toEqual([
      '2026-03-21T08:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
      '2026-04-04T07:00:00.000Z',
      '2026-04-11T07:00:00.000Z',
    ]);
    expect(events[0]).toMatchObject({
      description: 'Your experiment “Lumbar cushion” starts today. Open it to see what to do.',
      url: `http://localhost:80/experiments/${id}`,
      transparency: 'TRANSPARENT',
    });
    expect((await user.call('POST', `/api/v1/experiments/${id}/stop?timeZone=Europe/London`)).status).toBe(
      200,
    );
    expect(await experiments()).toEqual([]);
  });

  it('answers 404 for malformed or unknown tokens and needs sign-in to manage the link', async () => {
    for (const path of ['not-a-token.ics', `${'A'.repeat(43)}.ics`, `${'A'.repeat(43)}.txt`, 'token']) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/calendar/${path}` })).statusCode).toBe(404);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/calendar/token' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar' })).statusCode).toBe(401);
  });
});
