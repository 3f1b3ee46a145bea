import { afterAll } from 'vitest';
import type { AppOptions } from '../app.js';
import type { Db } from '../db/client.js';
import { createPushJob, type PushJob } from '../push/job.js';
import { vapidKeyCache } from '../push/keys.js';
import { webPushSender } from '../push/sender.js';
import { makeTestApp, openTestDatabase } from './app.js';
import { makeTestCertificate, startFakePushService } from './fake-push.js';
import { testTarget } from './target.js';

/**
 * The push job under a controlled clock: the app on a real database, real web-push over HTTPS to a local
 * fake push service that decrypts what it receives, and two job runners. On PostgreSQL the second runner has
 * its own connection pool, like a second server instance. `at(iso)` moves the clock.
 */
export async function pushJobHarness(start: string, options: Partial<AppOptions> = {}) {
  const tls = makeTestCertificate();
  const service = await startFakePushService(tls);
  const clock = { now: new Date(start) };
  const push = {
    subject: 'mailto:test@example.org',
    endpointHosts: [new URL(service.url).host],
    agent: tls.agent,
  };
  const t = await makeTestApp({ clock: () => clock.now, push, ...options });
  const postgres = testTarget().kind === 'postgres';
  const second = postgres ? await openTestDatabase() : t.database;
  afterAll(async () => {
    if (second !== t.database) await second.close();
    await service.close();
    tls.cleanup();
  });
  function runner(db: Db = t.database.db): PushJob {
    const keys = vapidKeyCache(db, () => clock.now);
    const send = webPushSender({ subject: push.subject, keys, agent: tls.agent });
    return createPushJob({
      db,
      clock: () => clock.now,
      send,
      log: t.app.log,
      intervalMs: 30_000,
      batchSize: 2,
    });
  }
  const at = (iso: string) => {
    clock.now = new Date(iso);
  };
  return { t, service, push, clock, postgres, second, runner, at };
}
