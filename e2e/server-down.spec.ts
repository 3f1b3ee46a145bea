import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { goOffline, PASSWORD, painRadio, serverCheckins, signUp, uniqueEmail } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('sign-in tells "server down" from "offline"', async ({ page, context, pageErrors }) => {
  pageErrors.allow('this test refuses every API connection', /ERR_CONNECTION_REFUSED.*\/api\/v1\//);
  await page.goto('/signin');
  await page.getByLabel('Email').fill(uniqueEmail());
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);

  // The network is up but nothing answers at the server's address.
  await page.route('**/api/v1/**', (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByText("Can't reach your Spinekind server. Please try again in a little while."),
  ).toBeVisible();
  await expect(page.getByText("You're offline")).toHaveCount(0);

  await goOffline(context);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText("You're offline. Connect to sign in.")).toBeVisible();
});

/** Two ways her server can be down: nothing answers at its address, or the proxy in front of it says 502. */
const downs: { name: string; why: string; message: RegExp; answer(route: Route): Promise<void> }[] = [
  {
    name: 'refuses the connection',
    why: 'this test refuses the check-in connection',
    message: /ERR_CONNECTION_REFUSED.*\/api\/v1\/checkins/,
    answer: (route) => route.abort('connectionrefused'),
  },
  {
    name: 'answers through a proxy with 502 while it restarts',
    why: 'this test answers check-ins with a proxy 502',
    message: /status of 502.*\/api\/v1\/checkins/,
    answer: (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>502 Bad Gateway</h1>' }),
  },
];

for (const down of downs) {
  test(`a check-in saved while the server ${down.name} is kept on the device, said so, and sent once when it is back`, async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(down.why, down.message);
    await signUp(page);
    await page.route('**/api/v1/checkins**', down.answer);
    await painRadio(page, 5).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByTestId('sync-state')).toHaveText("Can't reach your server · 1 kept here");

    await page.unrouteAll();
    await page.reload();
    // The badge can read "All saved" for a moment before the device's outbox count is read: wait for the server.
    await expect.poll(async () => (await serverCheckins(page)).length).toBe(1);
    await expect(page.getByTestId('sync-state')).toHaveText('All saved');
    expect(await serverCheckins(page)).toHaveLength(1);
  });
}
