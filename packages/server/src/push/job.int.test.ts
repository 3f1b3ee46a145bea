import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type BreakSettings, localTimeOf } from '@spinekind/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDevice, makeTestCertificate, notificationsOf, startFakePushService } from '../test/fake-push.js';
import { isolatedPostgresSchema } from '../test/isolated-postgres.js';
import {
  ensureServerBuilt,
  registerOn,
  type ServerProcess,
  startServerProcess,
} from '../test/server-process.js';
import { pgliteTemplateDir, testTarget, tmpRoot } from '../test/target.js';

// The acceptance test of push delivery: real server processes (`node packages/server/dist/main.js`)
// running the reminder job every 200 ms against one database, sending through web-push over HTTPS
// to a local fake push service. On PostgreSQL two processes share the database (each reminder must
// arrive once); PGlite can only be opened by one process, so there the same scenario runs with one.
const target = testTarget();
const instances = target.kind === 'postgres' ? 2 : 1;
const where =
  target.kind === 'postgres'
    ? 'two server processes on one PostgreSQL'
    : 'one server process on PGlite (single instance; TEST_DB=postgres runs two processes)';

const tls = makeTestCertificate();
const service = await startFakePushService(tls, 40);
const servers: ServerProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  ensureServerBuilt();
  const env: Record<string, string> = {
    PUSH_JOB_INTERVAL_MS: '200',
    PUSH_ENDPOINT_HOSTS: new URL(service.url).host,
    PUSH_CA_FILE: tls.certFile,
    PUSH_SUBJECT: 'mailto:test@example.org',
  };
  if (target.kind === 'postgres') {
    const schema = await isolatedPostgresSchema(target.url);
    cleanups.push(() => schema.drop());
    env.DATABASE_URL = schema.url;
  } else {
    const dir = join(tmpRoot, `pglite-push-${randomUUID()}`);
    cpSync(pgliteTemplateDir(), dir, { recursive: true });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    env.DATA_DIR = dir;
  }
  // One after another, so they don't race to create the VAPID keys on their first request.
  for (let i = 0; i < instances; i++) servers.push(await startServerProcess(env));
}, 240_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const clean of cleanups.reverse()) await clean();
  await service.close();
  tls.cleanup();
});

/** A zone where it is daytime now and no 4-hourly reminder falls in the next 10 minutes. */
function quietZone(nowMs: number): string {
  const zones = [
    'UTC',
    'Asia/Kolkata',
    'America/New_York',
    'Asia/Tokyo',
    'Australia/Adelaide',
    'Asia/Kathmandu',
  ];
  const fits = (z: string) => {
    const { minutes } = localTimeOf(nowMs, z);
    return minutes > 60 && minutes < 22 * 60 && minutes % 240 < 225;
  };
  const zone = zones.find(fits);
  if (!zone) throw new Error('no quiet zone');
  return zone;
}

const waitFor = async (done: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !done() && Date.now() < end; )
    await new Promise((r) => setTimeout(r, 100));
};

describe(`push reminders from ${where}`, () => {
  it('delivers each due reminder exactly once and drops a subscription answered with 410', async () => {
    const server = (i: number) => servers[i % servers.length]?.url ?? '';
    const t0 = Date.now();
    const settings: BreakSettings = {
      enabled: true,
      timeZone: quietZone(t0),
      workDays: [1, 2, 3, 4, 5, 6, 7],
      start: '00:00',
      end: '23:59',
      mode: 'custom',
      intervalMinutes: 240,
      standingDesk: false,
    };
    const users = [];
    for (let i = 0; i < 8; i++) {
      const call = await registerOn(server(i));
      const devices = [makeDevice(service.url), makeDevice(service.url)];
      for (const [j, d] of devices.entries()) {
        expect((await call(server(i + j), 'POST', '/api/v1/push/subscriptions', d.subscription)).status).toBe(
          201,
        );
      }
      users.push({ call, devices });
    }
    const goneDevice = users[0]?.devices[0];
    if (!goneDevice) throw new Error('no device');
    service.respond(goneDevice.path, 410);

    // Each user's next reminder is a snoozed one a few seconds from now (restored like a backup).
    const dueAt = users.map((_, i) => new Date(Date.now() + 3000 + i * 150).toISOString());
    for (const [i, u] of users.entries()) {
      const backup = {
        format: 'spinekind-backup',
        version: 1,
        breaks: { settings, state: { snoozedUntil: dueAt[i] } },
      };
      expect((await u.call(server(i), 'POST', '/api/v1/import', backup)).status).toBe(200);
    }

    const live = users.flatMap((u) => u.devices.filter((d) => d !== goneDevice));
    await waitFor(() => live.every((d) => notificationsOf(service, d).length > 0), 30_000);
    await new Promise((r) => setTimeout(r, 1500)); // time for any duplicate to arrive

    for (const [i, u] of users.entries()) {
      for (const d of u.devices) {
        expect(notificationsOf(service, d).map((n) => n.tag)).toEqual([`break-${dueAt[i]}`]);
      }
    }
    const list = await users[0]?.call(server(0), 'GET', '/api/v1/push/subscriptions');
    expect(list?.json.items).toHaveLength(1);

    // Every instance signed with the one stored VAPID key.
    const { publicKey } = (await users[0]?.call(server(0), 'GET', '/api/v1/push/key'))?.json ?? {};
    const keys = new Set(service.received.map((r) => /k=([\w-]+)/.exec(r.authorization ?? '')?.[1]));
    expect([...keys]).toEqual([publicKey]);

    // The job logs agree: each reminder was counted as sent by exactly one instance.
    const sentBy = servers.map((s) =>
      s.logs.reduce((sum, l) => sum + ((l.push as { sent?: number } | undefined)?.sent ?? 0), 0),
    );
    expect(sentBy.reduce((a, b) => a + b, 0)).toBe(users.length);
    console.info(`push reminders sent per instance: ${sentBy.join(' + ')}`);
  }, 120_000);
});
