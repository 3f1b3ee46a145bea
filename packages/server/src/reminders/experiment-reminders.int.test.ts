import { randomUUID } from 'node:crypto';
import { defaultReminderSettings, experimentSchedule, type ReminderSettings } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { askIn } from '../test/ask-in.js';
import { reminderSettings } from './table.js';

// Monday 2 March 2026, 08:00 in London (GMT until 29 March).
const now = new Date('2026-03-02T08:00:00Z');
const t = await makeTestApp({ clock: () => now });
const on: ReminderSettings = { ...defaultReminderSettings('Europe/London'), experiments: { enabled: true } };

/** A "Lumbar cushion" experiment of two pairs of 3-day periods from Wednesday 4 March, and its whole schedule. */
async function cushion(u: TestUser) {
  const id = randomUUID();
  const res = await u.call('POST', '/api/v1/experiments?timeZone=Europe/London', {
    id,
    templateId: 'lumbar-cushion',
    startDate: '2026-03-04',
    periodDays: 3,
    pairs: 2,
  });
  expect(res.status).toBe(201);
  return { id, schedule: experimentSchedule(res.json.experiment) };
}
const experimentItems = async (u: TestUser, language: string, from?: string) =>
  (
    await askIn(t, u, language, 'GET', `/api/v1/reminders/next?count=20${from ? `&from=${from}` : ''}`)
  ).json.items.filter((i: { kind: string }) => i.kind === 'experiment');

describe('experiment reminder settings', () => {
  it('are off by default, saved and answered back, and required when she saves', async () => {
    const u = await t.newUser();
    expect((await u.call('GET', '/api/v1/reminders')).json.settings.experiments).toEqual({ enabled: false });
    expect((await u.call('PUT', '/api/v1/reminders', { settings: on })).json).toEqual({
      settings: on,
      version: 1,
    });
    expect((await u.call('GET', '/api/v1/reminders')).json).toEqual({ settings: on, version: 1 });
    const { experiments: _, ...older } = on;
    for (const settings of [older, { ...on, experiments: { enabled: true, extra: 1 } }]) {
      const res = await u.call('PUT', '/api/v1/reminders', { settings });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
    }
  });

  it('a document saved before they existed reads as off; an older backup restores with them off', async () => {
    const u = await t.newUser();
    const { experiments: _, ...older } = { ...on, checkin: { ...on.checkin, enabled: true } };
    await t.database.db
      .insert(reminderSettings)
      .values({ userId: u.id, settings: older as ReminderSettings, updatedAt: now });
    const read = (await u.call('GET', '/api/v1/reminders')).json;
    expect(read.settings).toEqual({ ...older, experiments: { enabled: false } });
    expect((await u.call('GET', '/api/v1/reminders/next?count=1')).json.items[0].kind).toBe('checkin');

    const backup = (await u.call('GET', '/api/v1/export?format=json')).json;
    expect(backup.reminders).toEqual({ ...older, experiments: { enabled: false } });
    const b = await t.newUser();
    const restored = await b.call('POST', '/api/v1/import', { ...backup, reminders: older });
    expect(restored.status).toBe(200);
    expect((await b.call('GET', '/api/v1/reminders')).json.settings.experiments).toEqual({ enabled: false });
  });
});

describe('experiment reminders in GET /reminders/next', () => {
  it('come on the first day of each period at 08:00, naming the switch on its day, in her language', async () => {
    const u = await t.newUser();
    expect((await u.call('PUT', '/api/v1/reminders', { settings: on })).status).toBe(200);
    const { id, schedule } = await cushion(u);
    const listed = await experimentItems(u, 'en');
    expect(listed.map((i: { at: string }) => i.at)).toEqual([
      '2026-03-04T08:00:00.000Z',
      '2026-03-07T08:00:00.000Z',
      '2026-03-10T08:00:00.000Z',
      '2026-03-13T08:00:00.000Z',
    ]);
    expect(listed[1]).toEqual({
      at: '2026-03-07T08:00:00.000Z',
      kind: 'experiment',
      title: 'Your experiment “Lumbar cushion” moves on to its next part today. Open it to see what to do.',
      url: `/experiments/${id}`,
      refId: id,
      key: `experiment:${id}:2026-03-07`,
    });
    // On Saturday 7 March before 08:00, the second period (the other condition of the first pair) is named.
    const second = schedule[1]?.condition;
    const [en] = await experimentItems(u, 'en', '2026-03-07T07:00:00Z');
    expect(en.title).toBe(
      second === 'intervention'
        ? 'Your experiment “Lumbar cushion” switches today. From today: Sit with a lumbar cushion or a rolled towel in the small of your back all day.'
        : 'Your experiment “Lumbar cushion” switches today. From today: Sit as you usually do, without the cushion.',
    );
    const [de] = await experimentItems(u, 'de', '2026-03-07T07:00:00Z');
    expect(de).toMatchObject({ at: '2026-03-07T08:00:00.000Z', key: `experiment:${id}:2026-03-07` });
    expect(de.title).toMatch(/^Dein Experiment „Lendenkissen“ wechselt heute\. Ab heute gilt: Sitz /);
  });

  it('come for nothing once she stops the experiment, nor while the setting is off', async () => {
    const u = await t.newUser();
    const { id } = await cushion(u);
    expect(await experimentItems(u, 'en')).toEqual([]);
    expect((await u.call('PUT', '/api/v1/reminders', { settings: on })).status).toBe(200);
    expect(await experimentItems(u, 'en')).toHaveLength(4);
    expect((await u.call('POST', `/api/v1/experiments/${id}/stop?timeZone=Europe/London`)).status).toBe(200);
    expect(await experimentItems(u, 'en')).toEqual([]);
  });
});
