import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { painRadio, serverCheckins, signUp } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/** What our server says while it can't reach its database (server/src/http/errors.ts). */
const databaseDown = (route: Route) =>
  route.fulfill({
    status: 503,
    contentType: 'application/json',
    headers: { 'retry-after': '5' },
    body: JSON.stringify({
      error: {
        code: 'unavailable',
        message:
          "Your Spinekind server can't reach its database right now. Nothing was saved; try again in a moment.",
      },
    }),
  });

test('a reload while the server answers 503 keeps her in the app, says it can’t reach the server, and all works once it is back', async ({
  page,
  pageErrors,
}) => {
  pageErrors.allow('this test answers every API request 503 while the database is down', /status of 503/);
  await signUp(page);

  await page.route('**/api/v1/**', databaseDown);
  await page.reload();
  // Still in the app (not on sign-in, no "Your session has ended").
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect(page).not.toHaveURL(/\/signin/);
  await expect(page.getByText('Your session has ended', { exact: false })).toHaveCount(0);

  await painRadio(page, 6).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText("Can't reach your server · 1 kept here");

  // Another reload during the outage: still in, the check-in still kept on the device.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText("Can't reach your server · 1 kept here");

  // Back: the kept check-in is sent (once) and the badge says so, without a reload.
  await page.unrouteAll();
  await expect.poll(async () => (await serverCheckins(page)).length, { timeout: 20_000 }).toBe(1);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved', { timeout: 20_000 });
  expect((await serverCheckins(page))[0]?.pain).toBe(6);
});

test('a server that never answers is "can’t reach your server" after the request timeout, not a sign-out', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(90_000);
  pageErrors.allow('this test lets check-in requests hang until the client gives up', /checkins/);
  await signUp(page);
  // The request is held and never answered: the app's 15 s timeout must end it.
  await page.route('**/api/v1/checkins**', () => {});
  await painRadio(page, 3).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText("Can't reach your server · 1 kept here", {
    timeout: 25_000,
  });
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await expect.poll(async () => (await serverCheckins(page)).length, { timeout: 20_000 }).toBe(1);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved', { timeout: 20_000 });
});
