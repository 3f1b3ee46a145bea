import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  deliverUntilShown,
  painRadio,
  pushDeliverer,
  shownNotifications,
  signUp,
  waitForServiceWorker,
} from './helpers';

// Reminders (#18): the settings screen and its preview, a check-in dropping the day's reminder, the
// cycle forecast, and what the service worker does with a pushed reminder.

/** This browser's local date, `YYYY-MM-DD`, `days` from today. */
const localDay = (page: Page, days = 0) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);

/** On the reminders page: a check-in reminder at 23:59, the last of every day; no quiet hours, so it stays there. */
async function remindAtOneMinuteToMidnight(page: Page) {
  const form = page.getByRole('form', { name: 'What may remind you' });
  await form.getByRole('checkbox', { name: 'Check-in' }).check();
  await form.getByLabel('Time 1').fill('23:59');
  await form.getByRole('checkbox', { name: 'Quiet hours' }).uncheck();
  await form.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Reminders saved.')).toBeVisible();
}

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a check-in reminder shows in the preview and today’s goes once she has checked in', async ({
      page,
    }) => {
      await signUp(page);
      await page.goto('/more');
      await page.getByRole('link', { name: 'Reminders' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Reminders' })).toBeVisible();
      const preview = page.getByRole('region', { name: 'Coming up' });
      await expect(preview.getByTestId('reminder-preview-empty')).toBeVisible();

      await remindAtOneMinuteToMidnight(page);

      const today = await localDay(page);
      const tomorrow = await localDay(page, 1);
      const times = preview.getByTestId('reminder-preview').locator('time');
      await expect(times).toHaveCount(7);
      await expect(times.first()).toHaveAttribute('datetime', new RegExp(`^${today}T23:59`));
      await expect(preview.getByRole('listitem').first()).toContainText('23:59 · Check-in');

      await page.getByRole('link', { name: 'Today' }).first().click();
      await painRadio(page, 3).click();
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await expect(page.getByTestId('checkin-entry')).toHaveCount(1);

      await page.goto('/reminders');
      await expect(times.first()).toHaveAttribute('datetime', new RegExp(`^${tomorrow}T23:59`));
      await expect(preview.locator(`time[datetime^="${today}"]`)).toHaveCount(0);
      await page.screenshot({ path: `docs/screenshots/reminders-${width}.png`, fullPage: true });
    });

    test('the cycle page shows when the next period is likely, and how sure that is', async ({ page }) => {
      await signUp(page);
      // Four periods 28 days apart, the last one started 10 days ago.
      for (const ago of [94, 66, 38, 10]) {
        const startDate = await localDay(page, -ago);
        expect((await page.request.post('/api/v1/periods', { data: { startDate } })).status()).toBe(201);
      }
      await page.goto('/cycle');
      const card = page.getByRole('region', { name: 'Your next period' });
      await expect(card).toContainText(/Likely to start between \d+ \w+ \d{4} and \d+ \w+ \d{4}\./);
      await expect(card).toContainText('Your last 3 cycles were all 28 days long (usually 28)');
      await expect(card).toContainText('Low confidence');
      await page.screenshot({ path: `docs/screenshots/cycle-forecast-${width}.png`, fullPage: true });
    });
  });
}

test('a check-in that reaches the server while the reminders page is open drops today’s reminder there', async ({
  page,
}) => {
  await signUp(page);
  await page.goto('/reminders');
  await remindAtOneMinuteToMidnight(page);
  const today = await localDay(page);
  const tomorrow = await localDay(page, 1);

  // The check-in is saved on the device at once; the server gets it only when we let it through.
  let letThrough: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    letThrough = resolve;
  });
  await page.route('**/api/v1/checkins', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.fallback();
  });
  await page.getByRole('link', { name: 'Today' }).first().click();
  await painRadio(page, 3).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('checkin-entry')).toHaveCount(1);

  await page.getByRole('link', { name: 'More' }).first().click();
  await page.getByRole('link', { name: 'Reminders' }).click();
  const times = page
    .getByRole('region', { name: 'Coming up' })
    .getByTestId('reminder-preview')
    .locator('time');
  await expect(times.first()).toHaveAttribute('datetime', new RegExp(`^${today}T23:59`));

  letThrough();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await expect(times.first()).toHaveAttribute('datetime', new RegExp(`^${tomorrow}T23:59`));
});

test('without enough cycles the cycle page says why there is no forecast', async ({ page }) => {
  await signUp(page);
  expect(
    (await page.request.post('/api/v1/periods', { data: { startDate: await localDay(page, -5) } })).status(),
  ).toBe(201);
  await page.goto('/cycle');
  await expect(page.getByRole('region', { name: 'Your next period' })).toContainText(
    'A forecast needs at least 3 complete cycles in your log.',
  );
});

test('a pushed check-in reminder offers Check in and Later; Later asks the server to bring it back', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await signUp(page);
  await waitForServiceWorker(page);
  const deliver = await pushDeliverer(page, context);
  const at = new Date().toISOString();
  const reminder = {
    title: 'Time for your check-in',
    body: 'How is your back today? Your check-in takes a minute.',
    kind: 'checkin',
    at,
    url: '/',
    tag: 'reminder-checkin:test',
    key: 'checkin:test',
    refId: null,
  };
  await deliverUntilShown(page, deliver, reminder, [
    {
      title: 'Time for your check-in',
      tag: 'reminder-checkin:test',
      url: '/',
      actions: ['Check in', 'Later'],
    },
  ]);

  // The click handler, run in the service worker with its fetch and window-opening recorded.
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const clicked = await worker.evaluate(async (action) => {
    type Scope = {
      registration: ServiceWorkerRegistration;
      dispatchEvent(e: Event): boolean;
      fetch: typeof fetch;
    };
    type Ctor = new (type: string, init: { notification: Notification; action: string }) => Event;
    const scope = self as unknown as Scope;
    const posted: { url: string; body: string }[] = [];
    const real = scope.fetch.bind(scope);
    scope.fetch = async (input, init) => {
      posted.push({ url: String(input), body: String(init?.body ?? '') });
      return real(input, init);
    };
    const NotificationEvent = (globalThis as unknown as { NotificationEvent: Ctor }).NotificationEvent;
    const [notification] = await scope.registration.getNotifications({ tag: 'reminder-checkin:test' });
    if (!notification) throw new Error('no notification');
    scope.dispatchEvent(new NotificationEvent('notificationclick', { notification, action }));
    await new Promise((r) => setTimeout(r, 1000));
    scope.fetch = real;
    return posted;
  }, 'later');
  expect(clicked).toEqual([
    { url: '/api/v1/reminders/later', body: JSON.stringify({ key: 'checkin:test', at }) },
  ]);
  await expect.poll(() => shownNotifications(page)).toEqual([]);
});

test('an experiment reminder shows in the preview; pushed, it is a reminder with Later that opens the experiment', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await signUp(page);
  const id = crypto.randomUUID();
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const created = await page.request.post(`/api/v1/experiments?timeZone=${encodeURIComponent(timeZone)}`, {
    data: { id, templateId: 'lumbar-cushion', startDate: await localDay(page, 2), periodDays: 3, pairs: 2 },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto('/reminders');
  const form = page.getByRole('form', { name: 'What may remind you' });
  await form.getByRole('checkbox', { name: 'When an experiment switches' }).check();
  await form.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Reminders saved.')).toBeVisible();
  const first = page.getByRole('region', { name: 'Coming up' }).getByRole('listitem').first();
  await expect(first).toContainText('08:00 · Experiment');
  // Two days ahead, the period has not begun: it does not say which condition comes.
  await expect(first).toContainText(
    'Your experiment “Lumbar cushion” starts today. Open it to see what to do.',
  );

  await waitForServiceWorker(page);
  const deliver = await pushDeliverer(page, context);
  const reminder = {
    title: 'Your experiment today',
    body: 'Your experiment “Lumbar cushion” starts today. To begin: Sit as you usually do, without the cushion.',
    kind: 'experiment',
    at: new Date().toISOString(),
    url: `/experiments/${id}`,
    tag: `reminder-experiment:${id}:test`,
    key: `experiment:${id}:test`,
    refId: id,
  };
  await deliverUntilShown(page, deliver, reminder, [
    { title: 'Your experiment today', tag: reminder.tag, url: reminder.url, actions: ['Later'] },
  ]);
  await page.goto(`/experiments/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Lumbar cushion' })).toBeVisible();
});
