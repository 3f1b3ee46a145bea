import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, request } from '@playwright/test';
import { localTimeOf, timeOfDay } from '../packages/core/src/breaks/zoned-time';
import {
  type FakePushService,
  makeDevice,
  makeTestCertificate,
  notificationsOf,
  startFakePushService,
  type TestDevice,
} from '../packages/server/src/test/fake-push';
import { tmpRoot } from '../packages/server/src/test/tmp-root';
import { expect, test } from './fixtures';
import {
  deliverUntilShown,
  PASSWORD,
  painRadio,
  pushDeliverer,
  shownNotifications,
  signUp,
  uniqueEmail,
  waitForServiceWorker,
} from './helpers';
import { mainPort } from './servers';

// A real push, end to end (#18): the built server, started here with `PUSH_CA_FILE` and a 1 s push job,
// encrypts a check-in reminder and sends it to a local HTTPS push service (what Chromium's own service,
// unreachable here, would receive); the service decrypts it with the keys this test made; the very same
// payload is handed to the page's service worker through the DevTools protocol. What this cannot prove:
// that Chromium's push service would forward it, and a real tap on the notification (a synthetic click may
// not focus a window, so `focus` is the one thing stubbed below; the navigation itself is real).

const mainJs = 'packages/server/dist/main.js';
const JOB_INTERVAL_MS = 1000;
/** This spec's own server (the main and invite servers are at +0 and +100, the SMTP sink at +200). */
const port = mainPort + 300;
const baseURL = `http://127.0.0.1:${port}`;

/**
 * A zone where it is between 01:00 and 22:00 now, so the two reminders a minute or two from now fall on
 * today in that zone. The browser runs in the same zone, so her check-in's local day is the reminders' day.
 */
const zone = ['UTC', 'Asia/Tokyo', 'America/New_York'].find((timeZone) => {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hour12: false }).format(),
  );
  return hour >= 1 && hour < 22;
}) as string;

test.describe.configure({ timeout: 180_000 });
test.use({ baseURL, timezoneId: zone, viewport: { width: 390, height: 844 } });

let tls: ReturnType<typeof makeTestCertificate>;
let service: FakePushService;
let server: ChildProcess | undefined;
const dataDir = join(tmpRoot, `e2e-push-data-${randomUUID()}`);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: run \`npm run build\` first`);
  tls = makeTestCertificate();
  service = await startFakePushService(tls);
  const { DATABASE_URL: _db, PUBLIC_URL: _url, TRUST_PROXY: _proxy, ...env } = process.env;
  const child = spawn(process.execPath, [mainJs], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Trust the fake service's certificate (besides the usual CAs) and allow subscriptions to it.
      PUSH_CA_FILE: tls.certFile,
      PUSH_ENDPOINT_HOSTS: new URL(service.url).host,
      PUSH_JOB_INTERVAL_MS: String(JOB_INTERVAL_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  // A first start creates and migrates the database: seconds when quiet, much longer on a busy machine.
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    const up = await fetch(`${baseURL}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`server did not answer /health within 150 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const gone = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await gone;
  }
  await service?.close();
  tls?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The local date and `HH:MM` in `zone` at `ms`. */
function localClock(ms: number): { date: string; time: string } {
  const local = localTimeOf(ms, zone);
  return { date: local.date, time: timeOfDay(local.minutes) };
}

/** Check-in reminders at these local times every day, nothing else, no quiet hours. */
function checkinReminders(times: string[]) {
  return {
    settings: {
      timeZone: zone,
      quietHours: null,
      checkin: { enabled: true, times, days: [1, 2, 3, 4, 5, 6, 7] },
      routines: { enabled: false, minutesBefore: 10 },
      questionnaires: { enabled: false },
      period: { enabled: false, daysBefore: 2 },
      lesson: { enabled: false, time: '12:30' },
      experiments: { enabled: false },
    },
  };
}

/** Registers a device whose endpoint is the fake push service: the server really encrypts and sends to it. */
async function subscribe(api: APIRequestContext, device: TestDevice) {
  const res = await api.post('/api/v1/push/subscriptions', { data: device.subscription });
  expect(res.status(), await res.text()).toBe(201);
}

test('a check-in reminder pushed by the server arrives, its Check in opens the quick check-in, and a check-in cancels the day’s later one', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await signUp(page);
  await waitForServiceWorker(page);

  // Her device, and a second account that does not check in: its second reminder shows the job did
  // run past the second time, so "nothing came for her" is not merely a job that had stopped.
  const device = makeDevice(service.url);
  const control = makeDevice(service.url);
  await subscribe(page.request, device);
  const other = await request.newContext({ baseURL });
  const registered = await other.post('/api/v1/auth/register', {
    data: { email: uniqueEmail('control'), password: PASSWORD },
  });
  expect(registered.status()).toBe(201);
  await subscribe(other, control);

  // The first reminder at this minute when it has just begun (the job plans from a minute back), else at
  // the next; the second a minute later. She then has at least half a minute to check in before it.
  const now = Date.now();
  const second = new Date(now).getUTCSeconds();
  const firstMs = now - second * 1000 + (second <= 25 ? 0 : 60_000);
  const secondMs = firstMs + 60_000;
  const first = localClock(firstMs);
  const later = localClock(secondMs);
  const reminders = checkinReminders([first.time, later.time]);
  for (const api of [page.request, other]) {
    expect((await api.put('/api/v1/reminders', { data: reminders })).status()).toBe(200);
  }

  // The push service receives the first reminder, encrypted for her device; decrypted, it is a check-in.
  await expect.poll(() => notificationsOf(service, device).length, { timeout: 100_000 }).toBe(1);
  const [payload] = notificationsOf(service, device);
  const sent = service.received.filter((r) => r.path === device.path);
  expect(sent[0]?.authorization).toMatch(/^vapid t=/);
  const exact = device.decrypt(sent[0]?.body ?? Buffer.alloc(0));
  expect(payload).toMatchObject({
    title: 'Time for your check-in',
    kind: 'checkin',
    url: '/',
    key: `checkin:${first.date}:${first.time}`,
  });

  // The same payload, delivered to the service worker as the browser would: a notification with Check in.
  await page.goto('/more');
  const deliver = await pushDeliverer(page, context);
  await deliverUntilShown(page, deliver, exact, [
    {
      title: 'Time for your check-in',
      tag: `reminder-checkin:${first.date}:${first.time}`,
      url: '/',
      actions: ['Check in', 'Later'],
    },
  ]);

  // "Check in", run by the service worker's own click handler. Focusing a window needs a real tap, so
  // only `focus` is stubbed (it answers the window); the worker then really navigates her open window.
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(async () => {
    type Scope = { registration: ServiceWorkerRegistration; dispatchEvent(e: Event): boolean };
    type Ctor = new (type: string, init: { notification: Notification; action: string }) => Event;
    type WindowClientLike = { prototype: { focus(): Promise<unknown> } };
    const scope = self as unknown as Scope;
    const WindowClient = (globalThis as unknown as { WindowClient: WindowClientLike }).WindowClient;
    WindowClient.prototype.focus = function (this: unknown) {
      return Promise.resolve(this);
    };
    const [notification] = await scope.registration.getNotifications();
    if (!notification) throw new Error('no notification');
    const NotificationEvent = (globalThis as unknown as { NotificationEvent: Ctor }).NotificationEvent;
    scope.dispatchEvent(new NotificationEvent('notificationclick', { notification, action: 'open' }));
  });
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect.poll(() => shownNotifications(page)).toEqual([]);

  // She checks in, well before the second reminder.
  await painRadio(page, 3).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('checkin-entry')).toHaveCount(1);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  expect(Date.now()).toBeLessThan(secondMs);

  // The other account gets both reminders; once its second has come, the job has passed that moment.
  await expect
    .poll(() => notificationsOf(service, control).map((n) => n.key), {
      timeout: 60_000 + secondMs - Date.now(),
    })
    .toEqual([`checkin:${first.date}:${first.time}`, `checkin:${later.date}:${later.time}`]);
  // Two more ticks, then: nothing more for her, the day's later reminder was dropped.
  await page.waitForTimeout(2 * JOB_INTERVAL_MS);
  expect(notificationsOf(service, device).map((n) => n.key)).toEqual([`checkin:${first.date}:${first.time}`]);
  await other.dispose();
});
