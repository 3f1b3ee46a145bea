import { lessons } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { userScope } from '../db/scope.js';
import { makeTestApp, type TestUser } from '../test/app.js';
import { nextUnreadLesson } from './store.js';

let now = new Date('2026-03-14T09:00:00Z');
const t = await makeTestApp({ clock: () => now });
const anon = (url: string) => t.app.inject({ method: 'GET', url });
const today = (u: TestUser) => u.call('GET', '/api/v1/lessons/today?timeZone=Europe/London');

describe('lessons', () => {
  it('lists every lesson for anyone, without bodies; signed in adds readAt', async () => {
    const res = await anon('/api/v1/lessons');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('public');
    const { items } = res.json();
    expect(items.map((l: { id: string }) => l.id)).toEqual(lessons.map((l) => l.id));
    expect(items[0]).not.toHaveProperty('body');
    expect(items[0]).not.toHaveProperty('readAt');
    expect(items[0]).toMatchObject({ grade: expect.any(String), gradeReason: expect.any(String) });

    const u = await t.newUser();
    const mine = await u.call('GET', '/api/v1/lessons');
    expect(mine.json.items.every((l: { readAt: unknown }) => l.readAt === null)).toBe(true);
  });

  it('answers one lesson with its body, and 404 in the standard shape for an unknown id', async () => {
    const res = await anon('/api/v1/lessons/bone-health');
    expect(res.statusCode).toBe(200);
    const { lesson } = res.json();
    expect(lesson).toMatchObject({ id: 'bone-health', sources: expect.any(Array) });
    expect(lesson.body.length).toBeGreaterThan(1);
    const missing = await anon('/api/v1/lessons/no-such-lesson');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'not_found', message: expect.any(String) });
  });

  it('answers in her language: Accept-Language for anyone, one cached copy per language', async () => {
    const inLanguage = (url: string, language: string) =>
      t.app.inject({ method: 'GET', url, headers: { 'accept-language': language } });
    const de = await inLanguage('/api/v1/lessons/bone-health', 'de-DE,de;q=0.9');
    expect(de.statusCode).toBe(200);
    expect(de.headers['content-language']).toBe('de');
    expect(de.headers.vary).toContain('accept-language');
    expect(de.json().lesson).toMatchObject({
      id: 'bone-health',
      title: 'Knochengesundheit, Osteopenie und Osteoporose',
      grade: 'A',
    });
    expect(de.json().lesson.body[0].text).toMatch(/Knochen ist lebendes Gewebe/);
    // Sources stay as published; links stay where they were.
    const en = (await anon('/api/v1/lessons/bone-health')).json().lesson;
    expect(de.json().lesson.sources).toEqual(en.sources);
    expect(de.json().lesson.body.at(-1).link).toEqual(en.body.at(-1).link);

    const list = (await inLanguage('/api/v1/lessons', 'es')).json().items;
    expect(list.find((l: { id: string }) => l.id === 'bone-health').title).toBe(
      'Salud ósea, osteopenia y osteoporosis',
    );
    expect(list.map((l: { id: string }) => l.id)).toEqual(lessons.map((l) => l.id));
    const missing = await inLanguage('/api/v1/lessons/no-such-lesson', 'de');
    expect(missing.statusCode).toBe(404);
  });

  it("answers today's lesson and its reason in her profile's language", async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteoporosis', language: 'de' });
    for (const l of lessons)
      if (l.id !== 'bone-health') await u.call('PUT', `/api/v1/lessons/${l.id}/read`, { read: true });
    await u.call('PUT', '/api/v1/lessons/bone-health/read', { read: false });
    const res = await today(u);
    expect(res.json).toMatchObject({
      lesson: { id: 'bone-health', title: 'Knochengesundheit, Osteopenie und Osteoporose' },
      reason: 'In deinem Profil steht Osteoporose.',
    });
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteoporosis', language: 'es' });
    expect((await today(u)).json).toMatchObject({
      lesson: { title: 'Salud ósea, osteopenia y osteoporosis' },
      reason: 'Tu perfil menciona osteoporosis.',
    });
  });

  it("names the next unread lesson (a reminder's title) in her profile's language, or the one asked for", async () => {
    const u = await t.newUser();
    const scope = userScope(t.database.db, u.id);
    expect((await nextUnreadLesson(scope))?.title).toBe(lessons[0]?.title);
    await u.call('PUT', '/api/v1/profile', { language: 'de' });
    expect((await nextUnreadLesson(scope))?.title).toBe('Wie Rückenschmerzen meist verlaufen');
    expect((await nextUnreadLesson(scope, 'en'))?.title).toBe(lessons[0]?.title);
  });

  it('marks read and unread, idempotently, keeping the first time read', async () => {
    const u = await t.newUser();
    const first = await u.call('PUT', '/api/v1/lessons/walking/read', { read: true });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ lesson: { id: 'walking', readAt: now.toISOString() } });
    const readAt = now.toISOString();
    now = new Date(now.getTime() + 3_600_000);
    const again = await u.call('PUT', '/api/v1/lessons/walking/read', { read: true });
    expect(again.json.lesson.readAt).toBe(readAt);
    const one = await u.call('GET', '/api/v1/lessons/walking');
    expect(one.json.lesson.readAt).toBe(readAt);
    const list = (await u.call('GET', '/api/v1/lessons')).json.items;
    expect(list.filter((l: { readAt: string | null }) => l.readAt).map((l: { id: string }) => l.id)).toEqual([
      'walking',
    ]);
    for (let i = 0; i < 2; i++) {
      const off = await u.call('PUT', '/api/v1/lessons/walking/read', { read: false });
      expect(off.json).toEqual({ lesson: { id: 'walking', readAt: null } });
    }
    expect((await u.call('PUT', '/api/v1/lessons/nope/read', { read: true })).status).toBe(404);
    for (const body of [{}, { read: 'yes' }, { read: true, extra: 1 }]) {
      const bad = await u.call('PUT', '/api/v1/lessons/walking/read', body);
      expect(bad.status).toBe(400);
      expect(bad.json.error.code).toBe('validation_failed');
    }
  });

  it("keeps each user's reading to herself, and asks anonymous writers to sign in", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    await a.call('PUT', '/api/v1/lessons/yoga/read', { read: true });
    const bList = (await b.call('GET', '/api/v1/lessons')).json.items;
    expect(bList.some((l: { readAt: string | null }) => l.readAt)).toBe(false);
    expect((await b.call('GET', '/api/v1/lessons/yoga')).json.lesson.readAt).toBeNull();
    await b.call('PUT', '/api/v1/lessons/yoga/read', { read: false });
    expect((await a.call('GET', '/api/v1/lessons/yoga')).json.lesson.readAt).not.toBeNull();
    expect((await anon('/api/v1/lessons/today')).statusCode).toBe(401);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/lessons/yoga/read',
      payload: { read: true },
    });
    expect(put.statusCode).toBe(401);
  });

  it("chooses today's lesson from her own data, and moves on once she reads it", async () => {
    const u = await t.newUser();
    const plain = await today(u);
    expect(plain.status).toBe(200);
    expect(plain.json.lesson).toMatchObject({ id: lessons[0]?.id, readAt: null });
    expect(plain.json.lesson).not.toHaveProperty('body');

    // Three short nights this week → the sleep lesson, with the reason.
    for (const day of ['2026-03-10', '2026-03-12', '2026-03-13']) {
      const res = await u.call('POST', '/api/v1/checkins', {
        recordedAt: `${day}T08:00:00+00:00`,
        pain: 4,
        sleepHours: 5,
      });
      expect(res.status).toBe(201);
    }
    const sleep = (await today(u)).json;
    expect(sleep.lesson.id).toBe('sleep-pain-loop');
    expect(sleep.reason).toBe('You slept less than 6 hours on 3 nights this week.');

    // Her profile says osteopenia: after the sleep lesson is read, bone health.
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteopenia' });
    await u.call('PUT', '/api/v1/lessons/sleep-pain-loop/read', { read: true });
    expect((await today(u)).json).toMatchObject({
      lesson: { id: 'bone-health' },
      reason: 'Your profile mentions osteopenia.',
    });

    // An urgent safety check comes first.
    const triage = await u.call('POST', '/api/v1/triage', {
      age: 55,
      answers: { minor_trauma_or_strain: true, long_term_steroids: true },
    });
    expect(triage.json.level).toBe('urgent');
    expect((await today(u)).json.lesson.id).toBe('warning-signs');

    // Another user's data never chooses her lesson.
    const other = await t.newUser();
    expect((await today(other)).json.lesson.id).toBe(lessons[0]?.id);
  });

  it('answers lesson null with a reason once every lesson is read', async () => {
    const u = await t.newUser();
    for (const l of lessons) await u.call('PUT', `/api/v1/lessons/${l.id}/read`, { read: true });
    const res = await today(u);
    expect(res.status).toBe(200);
    expect(res.json.lesson).toBeNull();
    expect(res.json.reason).toMatch(/every lesson/);
  });

  it('travels with the JSON backup (lessons no longer in the library are dropped)', async () => {
    const a = await t.newUser();
    await a.call('PUT', '/api/v1/lessons/pilates/read', { read: true });
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    expect(backup.lessonReads).toEqual([{ lessonId: 'pilates', readAt: now.toISOString() }]);
    const b = await t.newUser();
    const withRetired = {
      ...backup,
      lessonReads: [...backup.lessonReads, { lessonId: 'retired-lesson', readAt: now.toISOString() }],
    };
    const res = await b.call('POST', '/api/v1/import', withRetired);
    expect(res.status).toBe(200);
    expect(res.json.imported.lessonReads).toBe(1);
    expect((await b.call('GET', '/api/v1/lessons/pilates')).json.lesson.readAt).toBe(now.toISOString());
    const bad = await b.call('POST', '/api/v1/import', { ...backup, lessonReads: [{ lessonId: 'x' }] });
    expect(bad.status).toBe(400);
  });
});
