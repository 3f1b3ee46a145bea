import { expect, test } from './fixtures';
import {
  openCheckinGroups,
  PASSWORD,
  painRadio,
  serverCheckins,
  signIn,
  signUp,
  uniqueEmail,
} from './helpers';

test('signs out, and signing in on another device shows the same data', async ({ page, browser }) => {
  const email = await signUp(page);
  await painRadio(page, 5).click();
  await openCheckinGroups(page, 'day');
  await page.getByLabel('Note (optional)').fill('Sat too long');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');

  await page.getByRole('link', { name: 'More' }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.goto('/history');
  await expect(page).toHaveURL(/\/signin$/);

  const otherDevice = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const laptop = await otherDevice.newPage();
  await signIn(laptop, email);
  await expect(laptop.getByTestId('checkin-entry')).toContainText('Sat too long');
  await otherDevice.close();
});

test('when the session ends, saving leads to sign-in, and the kept check-in syncs once after signing in', async ({
  page,
  context,
  pageErrors,
}) => {
  pageErrors.allow(
    'this test ends the session on purpose: the reads that find out and the save get 401',
    /status of 401.*\/api\/v1\//,
  );
  const email = await signUp(page);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await painRadio(page, 6).click();
  await openCheckinGroups(page, 'day');
  await page.getByLabel('Note (optional)').fill('Saved as the session ended');
  await context.clearCookies();
  // The app finds out (coming back to the front refreshes what it shows, and the server says 401), but
  // she is half-way through her check-in: it stays, with a word on what happens next.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  const notice = page.getByTestId('session-ended-unsaved');
  await expect(notice).toContainText('Your session has ended. Save what you are writing first');
  // Seen where she is, far down the form as she may be.
  await expect(notice).toBeInViewport();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('Saved as the session ended');
  await page.getByRole('button', { name: 'Save check-in' }).click();

  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText(/Your session has ended. Sign in again to carry on/)).toBeVisible();
  await signIn(page, email);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await expect(page.getByTestId('checkin-entry')).toContainText('Saved as the session ended');
  await expect.poll(async () => (await serverCheckins(page)).length).toBe(1);
});

test('a wrong password gets a clear message and no session', async ({ page, pageErrors }) => {
  pageErrors.allow(
    'this test signs in with a wrong password: 401 is the answer',
    /status of 401.*\/api\/v1\/auth\/login/,
  );
  const email = await signUp(page);
  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, email, 'not my password at all');
  await expect(page.getByRole('alert')).toHaveText('That email and password do not match an account.');
  await expect(page).toHaveURL(/\/signin$/);
});

test('the sign-up form says what to fix next to each field, and nothing is created', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Email').fill('maya at home');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await expect(
    page.getByText('Use at least 12 characters. A few unrelated words are easy to remember.'),
  ).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole('button', { name: 'Create account' })).toBeEnabled();
});

test('deleting the account needs the password and removes the account', async ({ page, pageErrors }) => {
  pageErrors.allow(
    'this test confirms with a wrong password first (403), then signs in to the deleted account (401)',
    /status of 403.*\/api\/v1\/me|status of 401.*\/api\/v1\/auth\/login/,
  );
  const email = uniqueEmail('ruth');
  await signUp(page, email);
  await painRadio(page, 2).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await page.getByRole('link', { name: 'More' }).click();

  await page.getByLabel('Type your password to confirm').fill('wrong password');
  await page.getByRole('button', { name: 'Delete my account and data' }).click();
  await expect(page.getByText('That password is not right, so nothing was deleted.')).toBeVisible();

  await page.getByLabel('Type your password to confirm').fill(PASSWORD);
  await page.getByRole('button', { name: 'Delete my account and data' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your account and data are deleted.' }),
  ).toBeVisible();
  await signIn(page, email);
  await expect(page.getByRole('alert')).toHaveText('That email and password do not match an account.');
});

test('the help page opens without an account, from the footer link', async ({ page }) => {
  await page.goto('/signin');
  await page.getByRole('link', { name: 'When to get help' }).click();
  await expect(page.getByRole('heading', { name: 'When to get help' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Call your emergency number now' })).toBeVisible();
  await expect(page.getByText(/numbness or tingling around your genitals/)).toBeVisible();
});
