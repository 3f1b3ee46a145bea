import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { msToNextReminder } from './breaks-seed';
import { expect, test } from './fixtures';
import { goOffline, goOnline, signUp, waitForServiceWorker } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

const reminder = (page: Page) => page.getByTestId('break-reminder');
const summary = (page: Page) => page.getByTestId('break-stats-summary');

/** Reminders every 10 minutes, all day, every day, no standing desk (so each one is a `move` with a routine). */
async function seedShortBreaks(page: Page) {
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const res = await page.request.put('/api/v1/breaks/settings', {
    data: {
      enabled: true,
      timeZone,
      workDays: [1, 2, 3, 4, 5, 6, 7],
      start: '00:00',
      end: '23:59',
      mode: 'custom',
      intervalMinutes: 10,
      standingDesk: false,
    },
  });
  expect(res.status()).toBe(200);
}

/**
 * Opens `path` and waits until the in-page reminder knows the next reminders and her break settings (the
 * banner names her routine from them): on a first visit the device holds no copy of either to fall back on.
 */
async function openWithReminders(page: Page, path: string) {
  const planned = page.waitForResponse(
    (r) => r.url().includes('/api/v1/breaks/next?') && r.url().endsWith('count=3') && r.ok(),
  );
  const settings = page.waitForResponse((r) => r.url().endsWith('/api/v1/breaks/settings') && r.ok());
  await page.goto(path);
  await Promise.all([planned, settings]);
}

/** What the server counts for the last day, asked outside the page (so offline emulation doesn't matter). */
async function serverCounts(page: Page) {
  const now = await page.evaluate(() => Date.now());
  const range = `from=${new Date(now - 86_400_000).toISOString()}&to=${new Date(now + 60_000).toISOString()}`;
  const res = await page.request.get(`/api/v1/breaks/stats?${range}`);
  expect(res.status()).toBe(200);
  const { taken, snoozed, skipped } = await res.json();
  return { taken, snoozed, skipped };
}

test('a break taken on the train without network counts at once, waits on the device and lands on the server exactly once', async ({
  page,
  context,
}) => {
  await page.clock.install();
  await signUp(page);
  await waitForServiceWorker(page);
  await seedShortBreaks(page);
  await openWithReminders(page, '/breaks');
  await expect(summary(page)).toContainText('0 taken, 0 snoozed, 0 skipped');
  const wait = await msToNextReminder(page);

  await goOffline(context);
  await expect(page.getByTestId('sync-state')).toHaveText('Offline');
  await page.clock.fastForward(wait + 1_000);
  await expect(reminder(page)).toBeVisible();
  await reminder(page).getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\/move\/play\/desk-/);
  await expect(
    page.getByText('Break saved on this device. It will sync when you’re back online.'),
  ).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText('Offline · 1 waiting');

  // Back to the breaks page (in the app, no reload): the break counts already, and says it waits.
  await page.goBack();
  await expect(page).toHaveURL(/\/breaks$/);
  await expect(summary(page)).toContainText('1 taken, 0 snoozed, 0 skipped');
  await expect(page.getByTestId('break-stats-waiting')).toHaveText(
    '1 of these is saved on this device and will sync when you’re back online. It is counted here already.',
  );
  await page.getByText('Show the numbers as a table').click();
  await expect(page.getByRole('row', { name: /^Today 1 0 0/ })).toBeVisible();
  expect(await serverCounts(page)).toEqual({ taken: 0, snoozed: 0, skipped: 0 });
  expect(await seriousViolations(page)).toEqual([]);
  await page
    .getByRole('region', { name: 'Your week' })
    .screenshot({ path: '.tmp/screens/breaks-offline-waiting-390.png' });

  // Online again, still on the page: the outbox sends it, the server's count takes it over, once.
  await goOnline(context);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await expect(page.getByTestId('break-stats-waiting')).toBeHidden();
  await expect(summary(page)).toContainText('1 taken, 0 snoozed, 0 skipped');
  await expect(page.getByRole('row', { name: /^Today 1 0 0/ })).toBeVisible();
  expect(await serverCounts(page)).toEqual({ taken: 1, snoozed: 0, skipped: 0 });

  // Another sync pass and a reload never count it twice.
  await page.clock.fastForward(31_000);
  await page.reload();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await expect(summary(page)).toContainText('1 taken, 0 snoozed, 0 skipped');
  expect(await serverCounts(page)).toEqual({ taken: 1, snoozed: 0, skipped: 0 });
});

test('a skipped break survives an offline reload, and a lost server answer is replayed without a double count', async ({
  page,
  context,
  pageErrors,
}) => {
  pageErrors.allow(
    'this test cuts the connection on one answer',
    /ERR_CONNECTION_RESET.*\/api\/v1\/breaks\/log/,
  );
  await page.clock.install();
  await signUp(page);
  await waitForServiceWorker(page);
  await seedShortBreaks(page);
  await openWithReminders(page, '/');
  const wait = await msToNextReminder(page);

  await goOffline(context);
  await page.clock.fastForward(wait + 1_000);
  await expect(reminder(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reminder(page)).toBeHidden();
  await expect(page.getByTestId('sync-state')).toHaveText('Offline · 1 waiting');
  // It lives in the on-device outbox, not in the page's memory.
  await page.reload();
  await expect(page.getByTestId('sync-state')).toHaveText('Offline · 1 waiting');

  // The first send reaches the server, but its answer is lost on the way back.
  let lost = 0;
  await page.route('**/api/v1/breaks/log', async (route) => {
    if (lost > 0) return route.fallback();
    lost += 1;
    const response = await route.fetch();
    expect(response.status()).toBe(201);
    await route.abort('connectionreset');
  });
  await goOnline(context);
  await expect.poll(() => lost).toBe(1);
  // A reset connection with the network up reads as "the server did not answer", not as offline.
  await expect(page.getByTestId('sync-state')).toHaveText("Can't reach your server · 1 kept here");
  expect(await serverCounts(page)).toEqual({ taken: 0, snoozed: 0, skipped: 1 });

  // The next pass sends it again with the same id: the server answers the entry it already has.
  const replay = page.waitForResponse((r) => r.url().endsWith('/api/v1/breaks/log'));
  await page.clock.fastForward(31_000);
  expect((await replay).status()).toBe(200);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  expect(await serverCounts(page)).toEqual({ taken: 0, snoozed: 0, skipped: 1 });
});

test('opened without network, the breaks page shows her settings and the next reminders, and the reminder still comes', async ({
  page,
  context,
}) => {
  await page.clock.install();
  await signUp(page);
  await waitForServiceWorker(page);
  await seedShortBreaks(page);
  // One online visit keeps the settings on the device.
  await openWithReminders(page, '/breaks');
  await expect(page.getByTestId('next-reminders').getByRole('listitem')).toHaveCount(5);
  const wait = await msToNextReminder(page);

  await goOffline(context);
  await page.reload();
  await expect(page.getByTestId('sync-state')).toHaveText('Offline');
  await expect(page.getByRole('heading', { level: 1, name: 'Movement breaks' })).toBeVisible();
  await expect(page.getByLabel('Minutes between reminders')).toHaveValue('10');
  await expect(page.getByTestId('next-reminders').getByRole('listitem')).toHaveCount(5);
  await expect(
    page.getByText('Your week’s numbers come from your Spinekind server.', { exact: false }),
  ).toBeVisible();

  await page.clock.fastForward(wait + 1_000);
  await expect(reminder(page)).toBeVisible();
});
