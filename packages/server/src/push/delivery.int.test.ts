import { exampleBreakSettings } from '@spinekind/core';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { TestUser } from '../test/app.js';
import { makeDevice, notificationsOf } from '../test/fake-push.js';
import { pushJobHarness } from '../test/push-job.js';
import { loadVapidKeys } from './keys.js';
import { pushReminders } from './table.js';

// The steps of the reminder job under a controlled clock: planning, sending once with two runners,
// clean-up of gone subscriptions, retries, expiry and cancellation. Real database, real web-push,
// real HTTPS to a local fake push service that decrypts what it receives.
const { t, service, clock, postgres, second, runner, at } = await pushJobHarness('2026-03-02T08:00:00Z'); // Monday; London is on GMT.
const jobA = runner();
const jobB = runner(second.db);

const settings = exampleBreakSettings();

async function userWithDevices(n: number, over: Partial<typeof settings> = {}) {
  const user = await t.newUser();
  expect((await user.call('PUT', '/api/v1/breaks/settings', { ...settings, ...over })).status).toBe(200);
  const devices = Array.from({ length: n }, () => makeDevice(service.url));
  for (const d of devices)
    expect((await user.call('POST', '/api/v1/push/subscriptions', d.subscription)).status).toBe(201);
  return { user, devices };
}
/** Removes a user's devices so later runs of the job (and other files) leave her alone. */
async function forget(user: TestUser, devices: { endpoint: string }[]) {
  for (const d of devices) await user.call('DELETE', '/api/v1/push/subscriptions', { endpoint: d.endpoint });
}
const tags = (device: ReturnType<typeof makeDevice>) => notificationsOf(service, device).map((n) => n.tag);
const rowOf = async (userId: string, dueAt: string) =>
  (
    await t.database.db
      .select()
      .from(pushReminders)
      .where(and(eq(pushReminders.userId, userId), eq(pushReminders.dueAt, new Date(dueAt))))
  )[0];

const runners = postgres
  ? 'two runners with separate PostgreSQL pools'
  : 'two runners sharing one PGlite (single instance)';

describe(`push reminder job (${runners})`, () => {
  it('agrees on one VAPID key pair when instances start together', async () => {
    const [a, b] = await Promise.all([
      loadVapidKeys(t.database.db, clock.now),
      loadVapidKeys(second.db, clock.now),
    ]);
    expect(a).toEqual(b);
    const user = await t.newUser();
    expect((await user.call('GET', '/api/v1/push/key')).json).toEqual({ publicKey: a.publicKey });
  });

  it('sends every reminder of a morning exactly once to each device', async () => {
    const { user, devices } = await userWithDevices(2);
    for (let m = 0; m <= 120; m += 1) {
      at(new Date(Date.parse('2026-03-02T09:00:00Z') + m * 60_000).toISOString());
      await Promise.all([jobA.runOnce(), jobB.runOnce()]);
    }
    const expected = ['09:25', '09:55', '10:25', '10:55'].map((t) => `break-2026-03-02T${t}:00.000Z`);
    for (const d of devices) expect(tags(d)).toEqual(expected);
    expect((await rowOf(user.id, '2026-03-02T09:25:00Z'))?.status).toBe('sent');
    await forget(user, devices);
  });

  it('carries the notification encrypted for the device, urgent and short-lived', async () => {
    const { user, devices } = await userWithDevices(1);
    at('2026-03-02T09:25:00Z');
    await jobA.runOnce();
    const [device] = devices;
    if (!device) throw new Error('no device');
    expect(notificationsOf(service, device)).toEqual([
      {
        title: 'Time for a movement break',
        body: 'Two minutes for your shoulders and neck.',
        kind: 'move',
        at: '2026-03-02T09:25:00.000Z',
        url: '/move/play/desk-shoulders-neck',
        tag: 'break-2026-03-02T09:25:00.000Z',
        routineId: 'desk-shoulders-neck',
        snooze: [5, 10],
        actions: { start: 'Start', snooze: 'Snooze 5 min' },
      },
    ]);
    const request = service.received.find((r) => r.path === device.path);
    expect(request?.urgency).toBe('high');
    expect(request?.ttl).toBeLessThanOrEqual(600);
    expect(request?.authorization).toMatch(/^vapid t=/);
    await forget(user, devices);
  });

  it('removes a subscription the push service answers 410 for and still reaches the other device', async () => {
    const { user, devices } = await userWithDevices(2);
    const [gone, kept] = devices;
    if (!gone || !kept) throw new Error('no devices');
    service.respond(gone.path, 410);
    at('2026-03-02T09:25:00Z');
    await Promise.all([jobA.runOnce(), jobB.runOnce()]);
    expect(tags(kept)).toEqual(['break-2026-03-02T09:25:00.000Z']);
    expect((await user.call('GET', '/api/v1/push/subscriptions')).json.items).toHaveLength(1);
    expect((await rowOf(user.id, '2026-03-02T09:25:00Z'))?.status).toBe('sent');
    await forget(user, [kept]);
  });

  it('retries a failing push service on later ticks and gives up after three attempts', async () => {
    const { user, devices } = await userWithDevices(1);
    const [device] = devices;
    if (!device) throw new Error('no device');
    service.respond(device.path, 500);
    for (const time of ['09:25:00', '09:25:05', '09:25:20', '09:25:40', '09:26:00', '09:27:00']) {
      at(`2026-03-02T${time}Z`);
      await jobA.runOnce();
    }
    expect(tags(device)).toHaveLength(3);
    expect(await rowOf(user.id, '2026-03-02T09:25:00Z')).toMatchObject({ status: 'failed', attempts: 3 });
    service.respond(device.path, 201);
    at('2026-03-02T09:55:00Z');
    await jobA.runOnce();
    expect(tags(device).at(-1)).toBe('break-2026-03-02T09:55:00.000Z');
    await forget(user, devices);
  });

  it('does not send a reminder more than 10 minutes late', async () => {
    const { user, devices } = await userWithDevices(1);
    at('2026-03-02T09:20:00Z');
    await jobA.runOnce(); // planned, not yet due
    at('2026-03-02T09:36:00Z');
    await jobA.runOnce();
    expect(devices[0] && tags(devices[0])).toEqual([]);
    expect((await rowOf(user.id, '2026-03-02T09:25:00Z'))?.status).toBe('expired');
    await forget(user, devices);
  });

  it('cancels a planned reminder after a skip and sends the snoozed one instead of the next', async () => {
    const { user, devices } = await userWithDevices(1);
    const [device] = devices;
    if (!device) throw new Error('no device');
    at('2026-03-02T09:20:00Z');
    await jobA.runOnce(); // 09:25 planned
    expect((await user.call('POST', '/api/v1/breaks/actions', { type: 'skip' })).status).toBe(200);
    at('2026-03-02T09:25:00Z');
    await jobA.runOnce();
    expect((await rowOf(user.id, '2026-03-02T09:25:00Z'))?.status).toBe('cancelled');
    at('2026-03-02T09:55:00Z');
    await jobA.runOnce();
    await user.call('POST', '/api/v1/breaks/actions', { type: 'snooze', minutes: 5 });
    for (const time of ['09:59:00', '10:00:00']) {
      at(`2026-03-02T${time}Z`);
      await jobA.runOnce();
    }
    expect(tags(device)).toEqual(['break-2026-03-02T09:55:00.000Z', 'break-2026-03-02T10:00:00.000Z']);
    await forget(user, devices);
  });

  it('plans nothing for a paused day, disabled reminders or a user without devices', async () => {
    const paused = await userWithDevices(1);
    const off = await userWithDevices(1, { enabled: false });
    const bare = await t.newUser();
    await bare.call('PUT', '/api/v1/breaks/settings', settings);
    at('2026-03-02T09:00:00Z');
    await paused.user.call('POST', '/api/v1/breaks/actions', { type: 'pause' });
    at('2026-03-02T09:22:00Z');
    await jobA.runOnce();
    for (const u of [paused.user, off.user, bare])
      expect(await rowOf(u.id, '2026-03-02T09:25:00Z')).toBeUndefined();
    await forget(paused.user, paused.devices);
    await forget(off.user, off.devices);
  });

  it('deletes reminder rows older than a week', async () => {
    const { user, devices } = await userWithDevices(1);
    at('2026-03-02T09:25:00Z');
    await jobA.runOnce();
    expect((await rowOf(user.id, '2026-03-02T09:25:00Z'))?.status).toBe('sent');
    await forget(user, devices);
    at('2026-03-09T10:00:00Z');
    await runner().runOnce(); // a fresh instance cleans up on its first run, then hourly
    expect(await rowOf(user.id, '2026-03-02T09:25:00Z')).toBeUndefined();
  });

  it('keeps an unanswered questionnaire reminder for a year, so it is not sent again each week', async () => {
    const user = await t.newUser();
    const row = (dueAt: string, key: string) => ({
      userId: user.id,
      dueAt: new Date(dueAt),
      key,
      kind: 'questionnaire',
      status: 'sent',
      createdAt: new Date(dueAt),
    });
    await t.database.db
      .insert(pushReminders)
      .values([
        row('2026-03-02T19:00:00Z', 'questionnaire:peg:2026-02-20'),
        row('2025-02-01T19:00:00Z', 'questionnaire:mrs:2025-01-01'),
      ]);
    at('2026-03-20T10:00:00Z');
    await runner().runOnce();
    expect((await rowOf(user.id, '2026-03-02T19:00:00Z'))?.status).toBe('sent');
    expect(await rowOf(user.id, '2025-02-01T19:00:00Z')).toBeUndefined();
  });
});
