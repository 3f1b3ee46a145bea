import { expect, test } from './fixtures';
import { signIn, signUp } from './helpers';

// The pages of someone not signed in load without the signed-in app's query cache (issue #23: the sign-in
// page's JavaScript budget), and read what they need themselves: whether she may sign up here, and whether
// someone is signed in on this device.

test('the sign-in page asks again once when the server could not say whether she may sign up', async ({
  page,
  pageErrors,
}) => {
  pageErrors.allow('the first ask is cut off on purpose', /ERR_CONNECTION_RESET.*\/auth\/signup/);
  let asked = 0;
  // The first ask fails; the second is answered as an invite-only server would, so the page shows that answer.
  await page.route('**/api/v1/auth/signup', async (route) => {
    asked++;
    if (asked === 1) return route.abort('connectionreset');
    const answer = await route.fetch();
    await route.fulfill({
      response: answer,
      json: { ...(await answer.json()), mode: 'invite', firstAccount: false },
    });
  });
  const me: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1/me')) me.push(r.url());
  });
  await page.goto('/signin');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'I have an invite link' })).toBeVisible();
  expect(asked).toBe(2);
  // A first visit on this device: nobody has been signed in here, so nobody is asked for.
  expect(me).toEqual([]);
  // Kept for a minute: the forgotten-password page and the way back ask nothing more.
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('link', { name: 'I have an invite link' })).toBeVisible();
  expect(asked).toBe(2);
});

test('a public page shows the sync badge while she is signed in, and not once she has signed out', async ({
  page,
}) => {
  const email = await signUp(page);
  await page.goto('/help');
  await expect(page.getByRole('heading', { name: 'When to get help' })).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');

  await page.goto('/more');
  // Signed out, the device knows nobody is signed in: the sign-in page does not ask the server (whose 401 the
  // browser would log as an error) and shows no badge.
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1/me')) asked.push(r.url());
  });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('link', { name: 'When to get help' }).click();
  await expect(page.getByRole('heading', { name: 'When to get help' })).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveCount(0);
  expect(asked).toEqual([]);

  // Signing in again from the public pages leads to her Today, and the next public page shows the badge again.
  await signIn(page, email);
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await page.goto('/help');
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
});
