import { randomUUID } from 'node:crypto';
import { defaultReminderSettings, exampleBreakSettings, experimentSchedule } from '@spinekind/core';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pushReminders } from '../push/table.js';
import type { TestUser } from '../test/app.js';
import { askIn } from '../test/ask-in.js';
import { makeDevice, notificationsOf } from '../test/fake-push.js';
import { pushJobHarness } from '../test/push-job.js';

// The push job sending check-in reminders (and breaks beside them) under a controlled clock: real
// database, real web-push over HTTPS to a local fake push service that decrypts what it receives.
const { t, service, clock, second, runner, at } = await pushJobHarness('2026-03-02T08:00:00Z'); // Monday; London is on GMT.
const jobs = [runner(), runner(second.db)];
/** Both runners, once a minute from `from` to `to` (inclusive), like two instances ticking. */
async function tick(from: string, to: string) {
  for (let ms = Date.parse(from); ms <= Date.parse(to); ms += 60_000) {
    at(new Date(ms).toISOString());
    await Promise.all(jobs.map((j) => j.runOnce()));
  }
}

async function checkinReminderAt(time: string) {
  const user = await t.newUser();
  const settings = {
    ...defaultReminderSettings('Europe/London'),
    checkin: { enabled: true, times: [time], days: [1, 2, 3, 4, 5, 6, 7] },
  };
  expect((await user.call('PUT', '/api/v1/reminders', { settings })).status).toBe(200);
  const device = makeDevice(service.url);
  expect((await user.call('POST', '/api/v1/push/subscriptions', device.subscription)).status).toBe(201);
  return { user, device };
}
async function forget(user: TestUser, device: { endpoint: string }) {
  await user.call('DELETE', '/api/v1/push/subscriptions', { endpoint: device.endpoint });
}
const rowsOf = (userId: string) =>
  t.database.db
    .select()
    .from(pushReminders)
    .where(and(eq(pushReminders.userId, userId)));

describe('reminders through the push job', () => {
  it('sends a check-in reminder once, with where it leads', async () => {
    const { user, device } = await checkinReminderAt('08:30');
    await tick('2026-03-02T08:25:00Z', '2026-03-02T08:40:00Z');
    expect(notificationsOf(service, device)).toEqual([
      {
        title: 'Time for your check-in',
        body: 'How is your back today? Your check-in takes a minute.',
        kind: 'checkin',
        at: '2026-03-02T08:30:00.000Z',
        url: '/',
        tag: 'reminder-checkin:2026-03-02:08:30',
        key: 'checkin:2026-03-02:08:30',
        refId: null,
        actions: { open: 'Check in', later: 'Later' },
      },
    ]);
    expect((await rowsOf(user.id)).map((r) => [r.key, r.status])).toEqual([
      ['checkin:2026-03-02:08:30', 'sent'],
    ]);
    await forget(user, device);
  });

  it('cancels the reminder once she has checked in that day', async () => {
    const { user, device } = await checkinReminderAt('08:30');
    await tick('2026-03-02T08:26:00Z', '2026-03-02T08:27:00Z'); // planned
    expect((await rowsOf(user.id)).map((r) => r.status)).toEqual(['pending']);
    const checkin = await user.call('POST', '/api/v1/checkins', {
      recordedAt: clock.now.toISOString(),
      pain: 2,
    });
    expect(checkin.status).toBe(201);
    await tick('2026-03-02T08:28:00Z', '2026-03-02T08:40:00Z');
    expect(notificationsOf(service, device)).toEqual([]);
    expect((await rowsOf(user.id)).map((r) => r.status)).toEqual(['cancelled']);
    await forget(user, device);
  });

  it('sends a break and a check-in due at the same minute, both', async () => {
    const { user, device } = await checkinReminderAt('09:25');
    expect((await user.call('PUT', '/api/v1/breaks/settings', exampleBreakSettings())).status).toBe(200);
    await tick('2026-03-02T09:20:00Z', '2026-03-02T09:30:00Z');
    expect(
      notificationsOf(service, device)
        .map((n) => n.tag)
        .sort(),
    ).toEqual(['break-2026-03-02T09:25:00.000Z', 'reminder-checkin:2026-03-02:09:25']);
    await forget(user, device);
  });

  it('speaks the language of her profile: a job has no request', async () => {
    const { user, device } = await checkinReminderAt('10:25');
    expect((await user.call('PUT', '/api/v1/profile', { language: 'de' })).status).toBe(200);
    expect((await user.call('PUT', '/api/v1/breaks/settings', exampleBreakSettings())).status).toBe(200);
    await tick('2026-03-02T10:20:00Z', '2026-03-02T10:30:00Z');
    const sent = notificationsOf(service, device);
    expect(sent.find((n) => n.kind === 'checkin')).toMatchObject({
      title: 'Zeit für deinen Eintrag',
      body: 'Wie geht es deinem Rücken heute? Dein Eintrag dauert nur eine Minute.',
    });
    expect(sent.find((n) => String(n.tag).startsWith('break-'))?.title).toMatch(/^Zeit /);
    expect((await user.call('PUT', '/api/v1/profile', { language: 'es' })).status).toBe(200);
    const upcoming = await user.call('GET', '/api/v1/reminders/next?count=1');
    expect(upcoming.json.items[0].title).toBe(
      '¿Cómo está hoy tu espalda? Tu registro diario lleva un minuto.',
    );
    await forget(user, device);
  });

  it('answers her coming reminders in the language she asks for', async () => {
    const { user, device } = await checkinReminderAt('11:25');
    await forget(user, device);
    const de = await askIn(t, user, 'de-AT', 'GET', '/api/v1/reminders/next?count=1');
    expect(de.json.items[0].title).toBe(
      'Wie geht es deinem Rücken heute? Dein Eintrag dauert nur eine Minute.',
    );
    const es = await askIn(t, user, 'es-MX', 'GET', '/api/v1/reminders/next?count=1');
    expect(es.json.items[0].title).toBe('¿Cómo está hoy tu espalda? Tu registro diario lleva un minuto.');
  });

  it('brings a reminder back an hour after "Later", unless she has checked in since', async () => {
    const { user, device } = await checkinReminderAt('08:30');
    await tick('2026-03-02T08:28:00Z', '2026-03-02T08:31:00Z');
    const [sent] = notificationsOf(service, device);
    const later = await user.call('POST', '/api/v1/reminders/later', { key: sent?.key, at: sent?.at });
    expect(later.json).toEqual({ at: '2026-03-02T09:31:00.000Z' });
    await tick('2026-03-02T09:25:00Z', '2026-03-02T09:35:00Z');
    expect(notificationsOf(service, device).map((n) => n.tag)).toEqual([
      'reminder-checkin:2026-03-02:08:30',
      'reminder-checkin:2026-03-02:08:30',
    ]);
    // Put off again: once she has checked in, it does not come back.
    const [, again] = notificationsOf(service, device);
    await user.call('POST', '/api/v1/reminders/later', { key: again?.key, at: again?.at });
    await user.call('POST', '/api/v1/checkins', { recordedAt: clock.now.toISOString(), pain: 2 });
    await tick('2026-03-02T10:30:00Z', '2026-03-02T10:40:00Z');
    expect(notificationsOf(service, device)).toHaveLength(2);
    const laterRow = (await rowsOf(user.id)).find((r) => r.key.startsWith('later:'));
    expect(laterRow).toMatchObject({ status: 'cancelled', dueAt: new Date('2026-03-02T10:35:00Z') });
    await forget(user, device);
  });
});

describe('experiment reminders through the push job', () => {
  it('sends the first day of an experiment once, naming what to do, and nothing once she stops it', async () => {
    const user = await t.newUser();
    const settings = { ...defaultReminderSettings('Europe/London'), experiments: { enabled: true } };
    expect((await user.call('PUT', '/api/v1/reminders', { settings })).status).toBe(200);
    const device = makeDevice(service.url);
    expect((await user.call('POST', '/api/v1/push/subscriptions', device.subscription)).status).toBe(201);
    const id = randomUUID();
    const created = await user.call('POST', '/api/v1/experiments?timeZone=Europe/London', {
      id,
      templateId: 'screens-off',
      startDate: '2026-03-03',
      periodDays: 3,
      pairs: 2,
    });
    expect(created.status).toBe(201);
    const first = experimentSchedule(created.json.experiment)[0]?.condition;
    // Tuesday 3 March, 08:00 in London (no check-in reminders: 08:00).
    await tick('2026-03-03T07:55:00Z', '2026-03-03T08:05:00Z');
    expect(notificationsOf(service, device)).toEqual([
      {
        title: 'Your experiment today',
        body: `Your experiment “Screens off before bed” starts today. To begin: ${
          first === 'intervention'
            ? 'Put phone, tablet and TV away an hour before bed.'
            : 'Use screens in the evening as you usually do.'
        }`,
        kind: 'experiment',
        at: '2026-03-03T08:00:00.000Z',
        url: `/experiments/${id}`,
        tag: `reminder-experiment:${id}:2026-03-03`,
        key: `experiment:${id}:2026-03-03`,
        refId: id,
        actions: { open: null, later: 'Later' },
      },
    ]);
    // Planned for Friday's switch, then stopped: cancelled, not sent.
    await tick('2026-03-06T07:56:00Z', '2026-03-06T07:57:00Z');
    expect((await rowsOf(user.id)).map((r) => r.status).sort()).toEqual(['pending', 'sent']);
    expect((await user.call('POST', `/api/v1/experiments/${id}/stop?timeZone=Europe/London`)).status).toBe(
      200,
    );
    await tick('2026-03-06T07:58:00Z', '2026-03-06T08:05:00Z');
    expect(notificationsOf(service, device)).toHaveLength(1);
    expect((await rowsOf(user.id)).map((r) => r.status).sort()).toEqual(['cancelled', 'sent']);
    await forget(user, device);
  });
});
