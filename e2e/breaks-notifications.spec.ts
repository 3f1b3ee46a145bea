import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { countedBreaks } from './breaks-seed';
import { expect, test } from './fixtures';
import { goOffline, goOnline, PASSWORD, pushDeliverer, signUp, waitForServiceWorker } from './helpers';

// Push reminders and what a tap on their notification does, online and off (public/push-sw.js).
test.use({ viewport: { width: 390, height: 844 } });

/** A new user with notifications allowed, and the service worker that controls her page. */
async function signedInWorker(page: Page, context: BrowserContext) {
  await context.grantPermissions(['notifications']);
  await signUp(page);
  await waitForServiceWorker(page);
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  return worker;
}

test('turning on push asks the browser to subscribe and hands the subscription to the server', async ({
  page,
  context,
  pageErrors,
}) => {
  pageErrors.allow(
    'Chromium logs this when a test context (incognito-like) subscribes; the page then says it could not',
    /does not support the Push API in incognito mode/,
  );
  await context.grantPermissions(['notifications']);
  await signUp(page);
  await waitForServiceWorker(page);
  await page.goto('/breaks');
  const push = page.getByRole('region', { name: 'Get reminders when the app is closed' });
  const keyAsked = page.waitForResponse((r) => r.url().endsWith('/api/v1/push/key'));
  const posted = page
    .waitForRequest((r) => r.url().endsWith('/api/v1/push/subscriptions') && r.method() === 'POST', {
      timeout: 20_000,
    })
    .then((r) => ({ kind: 'posted' as const, body: r.postDataJSON() }))
    .catch(() => ({ kind: 'none' as const, body: null }));
  await push.getByRole('button', { name: 'Turn on reminders for this browser' }).click();
  expect((await keyAsked).status()).toBe(200);
  // No push service is reachable from the test machine: either the browser subscribes (and the
  // subscription goes to the server) or the page says plainly that it couldn't.
  const failed = push
    .getByText('Your browser couldn’t sign up with its push service')
    .waitFor({ timeout: 20_000 })
    .then(() => ({ kind: 'failed' as const, body: null }));
  const outcome = await Promise.race([posted, failed]);
  if (outcome.kind === 'posted') {
    expect(outcome.body).toMatchObject({
      endpoint: expect.stringMatching(/^https:/),
      keys: expect.any(Object),
    });
    await expect(push.getByText('Reminders are on for this browser.').first()).toBeVisible();
  } else {
    expect(outcome.kind).toBe('failed');
    await expect(push.getByRole('button', { name: 'Turn on reminders for this browser' })).toBeEnabled();
  }
});

test('a pushed reminder shows a notification with Start and Snooze; its click handler snoozes or counts the break', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await signUp(page);
  await waitForServiceWorker(page);
  // The server refuses a snooze that would end after work or in lunch: work all day, every day, no
  // lunch (the default lunch, 12:30–13:30, failed this test on CI at lunchtime; a snooze tapped in the
  // last 5 minutes before midnight would still be refused).
  const allDay = { workDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' };
  const { lunch: _lunch, ...current } = (await (await page.request.get('/api/v1/breaks/settings')).json())
    .settings;
  const saved = await page.request.put('/api/v1/breaks/settings', { data: { ...current, ...allDay } });
  expect(saved.status()).toBe(200);

  // Deliver pushes straight to the service worker through the DevTools protocol.
  const push = await pushDeliverer(page, context);
  const deliver = async (over: { tag?: string; snooze?: number[] } = {}) =>
    push({
      title: 'Time to move',
      body: 'A 2-minute routine for your neck and shoulders.',
      kind: 'move',
      at: new Date().toISOString(),
      url: '/move/play/desk-shoulders-neck',
      tag: 'break-test',
      routineId: 'desk-shoulders-neck',
      snooze: [5, 10],
      ...over,
    });
  const shown = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return (await registration.getNotifications()).map((n) => ({
        title: n.title,
        tag: n.tag,
        url: (n.data as { url: string }).url,
        // `actions` is missing from TypeScript's DOM types but present in Chromium.
        actions: (n as Notification & { actions?: { title: string }[] }).actions?.map((a) => a.title),
      }));
    });
  const expected = {
    title: 'Time to move',
    tag: 'break-test',
    url: '/move/play/desk-shoulders-neck',
    actions: ['Start', 'Snooze 5 min'],
  };
  // A push delivered through DevTools is now and then lost under load (about 1 run in 10 here: no
  // notification at all, not even the browser's fallback for a failing handler). The same tag
  // replaces the notification, so delivering again cannot make two.
  const deliverUntilShown = (over: { tag?: string; snooze?: number[] } = {}, want = expected) =>
    expect(async () => {
      await deliver(over);
      await expect.poll(shown, { timeout: 5_000 }).toEqual([want]);
    }).toPass({ timeout: 30_000 });
  await deliverUntilShown();

  // The click handler, run in the service worker itself: Snooze posts the snooze and logs it; a tap
  // on the reminder counts the break as taken. (Opening the window needs a real click: not checked.)
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const click = (action: string) =>
    worker.evaluate(async (action) => {
      type Scope = { registration: ServiceWorkerRegistration; dispatchEvent(e: Event): boolean };
      type Ctor = new (type: string, init: { notification: Notification; action: string }) => Event;
      const scope = self as unknown as Scope;
      const NotificationEvent = (globalThis as unknown as { NotificationEvent: Ctor }).NotificationEvent;
      const [notification] = await scope.registration.getNotifications({ tag: 'break-test' });
      if (!notification) throw new Error('no notification');
      scope.dispatchEvent(new NotificationEvent('notificationclick', { notification, action }));
    }, action);
  const counted = () => countedBreaks(page);
  await click('snooze');
  await expect.poll(counted).toEqual({ taken: 0, snoozed: 1 });
  await expect.poll(shown).toEqual([]);
  await deliverUntilShown();
  await click('');
  await expect.poll(counted).toEqual({ taken: 1, snoozed: 1 });
  await expect.poll(shown).toEqual([]);

  // The last reminder before work ends: the server lists no snooze, so the notification offers none.
  await deliverUntilShown(
    { tag: 'break-last', snooze: [] },
    { ...expected, tag: 'break-last', actions: ['Start'] },
  );
});

test('a break taken from a notification while offline is handed to the routine page and counted once online', async ({
  page,
  context,
}) => {
  const worker = await signedInWorker(page, context);

  // In the service worker: no network, and a window-opening that only records where it would go
  // (a synthetic click may not open windows). Then tap a reminder for the neck routine.
  const opened = await worker.evaluate(async () => {
    type Scope = {
      registration: ServiceWorkerRegistration;
      clients: { matchAll(): Promise<unknown[]>; openWindow(url: string): Promise<null> };
      fetch: typeof fetch;
      dispatchEvent(e: Event): boolean;
    };
    type Ctor = new (type: string, init: { notification: Notification; action: string }) => Event;
    const scope = self as unknown as Scope;
    const realFetch = scope.fetch;
    scope.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const target = new Promise<string>((resolve) => {
      Object.defineProperty(scope.clients, 'matchAll', { value: async () => [], configurable: true });
      Object.defineProperty(scope.clients, 'openWindow', {
        value: async (url: string) => {
          resolve(url);
          return null;
        },
        configurable: true,
      });
    });
    await scope.registration.showNotification('Time to move', {
      tag: 'offline-tap',
      data: { url: '/move/play/desk-shoulders-neck', kind: 'move' },
    });
    const [notification] = await scope.registration.getNotifications({ tag: 'offline-tap' });
    if (!notification) throw new Error('no notification');
    const NotificationEvent = (globalThis as unknown as { NotificationEvent: Ctor }).NotificationEvent;
    scope.dispatchEvent(new NotificationEvent('notificationclick', { notification, action: '' }));
    try {
      return await target;
    } finally {
      scope.fetch = realFetch;
      delete (scope.clients as { matchAll?: unknown }).matchAll;
      delete (scope.clients as { openWindow?: unknown }).openWindow;
    }
  });
  const url = new URL(opened, page.url());
  expect(url.pathname).toBe('/move/play/desk-shoulders-neck');
  expect(url.searchParams.get('breakId')).toMatch(/^[0-9a-f-]{36}$/);

  // The routine opens offline from the cache; the page keeps the break and tidies its address.
  await goOffline(context);
  await page.goto(opened);
  await expect(page.getByRole('heading', { level: 1, name: 'Desk break: shoulders and neck' })).toBeVisible();
  await expect(page).toHaveURL(/\/move\/play\/desk-shoulders-neck$/);
  await goOnline(context);
  await expect.poll(() => countedBreaks(page)).toEqual({ taken: 1, snoozed: 0 });
  // Opening the same address again (the worker's request may have landed after all) adds nothing.
  await page.goto(opened);
  await expect(page).toHaveURL(/\/move\/play\/desk-shoulders-neck$/);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  expect(await countedBreaks(page)).toEqual({ taken: 1, snoozed: 0 });
});

test('a snooze tapped on a notification while offline waits in the service worker and is sent once when back online', async ({
  page,
  context,
}) => {
  const worker = await signedInWorker(page, context);
  type Scope = {
    registration: ServiceWorkerRegistration;
    fetch: typeof fetch;
    realFetch?: typeof fetch;
    dispatchEvent(e: Event): boolean;
  };
  // No network inside the service worker, then Snooze on a reminder.
  const snoozeOffline = () =>
    worker.evaluate(async () => {
      type Ctor = new (type: string, init: { notification: Notification; action: string }) => Event;
      const scope = self as unknown as Scope;
      scope.realFetch ??= scope.fetch;
      scope.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      await scope.registration.showNotification('Time to move', {
        tag: 'offline-snooze',
        data: { url: '/move/play/desk-shoulders-neck', kind: 'move' },
      });
      const [notification] = await scope.registration.getNotifications({ tag: 'offline-snooze' });
      if (!notification) throw new Error('no notification');
      const NotificationEvent = (globalThis as unknown as { NotificationEvent: Ctor }).NotificationEvent;
      scope.dispatchEvent(new NotificationEvent('notificationclick', { notification, action: 'snooze' }));
    });
  const waiting = () =>
    worker.evaluate(async () => (await (await caches.open('spinekind-pending-breaks')).keys()).length);
  await snoozeOffline();
  await expect.poll(waiting).toBe(1);
  expect(await countedBreaks(page)).toEqual({ taken: 0, snoozed: 0 });

  // The network is back and the browser's Background Sync fires (dispatched here): sent, once.
  const backOnline = () =>
    worker.evaluate(() => {
      const scope = self as unknown as Scope;
      if (scope.realFetch) scope.fetch = scope.realFetch;
      // ExtendableEvent exists in a service worker, not in the DOM types this file is checked with.
      const Extendable = (globalThis as unknown as { ExtendableEvent: typeof Event }).ExtendableEvent;
      const sync = new Extendable('sync');
      Object.defineProperty(sync, 'tag', { value: 'spinekind-break-log' });
      scope.dispatchEvent(sync);
    });
  await backOnline();
  await expect.poll(waiting).toBe(0);
  await expect.poll(() => countedBreaks(page)).toEqual({ taken: 0, snoozed: 1 });
  await backOnline();
  expect(await countedBreaks(page)).toEqual({ taken: 0, snoozed: 1 });

  // What still waits is forgotten when she signs out, never sent under another session.
  await snoozeOffline();
  await expect.poll(waiting).toBe(1);
  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect.poll(waiting).toBe(0);
});

test('a break handed over while her session had ended is counted once she signs in again', async ({
  page,
  context,
  pageErrors,
}) => {
  pageErrors.allow(
    'this test ends the session while Today may still be loading: those reads get 401',
    /status of 401.*\/api\/v1\//,
  );
  const email = await signUp(page);
  await context.clearCookies();
  const id = randomUUID();
  const at = new Date(Date.now() - 60_000).toISOString();
  await page.goto(`/move/play/desk-back-release?breakId=${id}&breakAt=${encodeURIComponent(at)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Back at the routine she tapped, with the break kept; the address is tidied once it is saved.
  await expect(page).toHaveURL(/\/move\/play\/desk-back-release$/);
  await expect.poll(() => countedBreaks(page)).toEqual({ taken: 1, snoozed: 0 });
});
