import type { Browser, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PASSWORD, signIn, signUp } from './helpers';

const NEW_PASSWORD = 'lantern maple river stone';

// Several devices sign in per test: on a busy machine that takes longer than the default minute.
test.describe.configure({ timeout: 120_000 });

/** Her account signed in on another device (a fresh browser context). */
async function otherDevice(browser: Browser, email: string, password = PASSWORD): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  return page;
}

/** The other device opens the app again: signed out means the sign-in page. */
async function expectSignedOut(page: Page) {
  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

async function openSecurity(page: Page) {
  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Security' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
}

const devices = (page: Page) => page.getByTestId('device');

test('changing the password signs out her other devices but not this one', async ({ page, browser }) => {
  const email = await signUp(page);
  const laptop = await otherDevice(browser, email);
  await openSecurity(page);

  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Your password is changed.' });
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
  await expect(page.getByLabel('Current password')).toHaveValue('');

  await expectSignedOut(laptop);
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  // Signing in again brings her back where she was.
  await signIn(laptop, email, NEW_PASSWORD);
  await expect(laptop.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await laptop.context().close();
});

test('a wrong current password or a common new one changes nothing', async ({ page, pageErrors }) => {
  pageErrors.allow(
    'this test gives a wrong current password: 403 is the answer',
    /status of 403.*\/me\/password/,
  );
  await signUp(page);
  await openSecurity(page);
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel('New password').fill('password1234');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('This is one of the most common passwords.').first()).toBeVisible();
  await expect(page.getByLabel('New password')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('.field .error')).toHaveText('That is not your current password.');
  await expect(page.getByRole('alert')).toHaveText('Your password is not changed.');
  await expect(page.getByRole('alert')).toBeFocused();
});

test('she sees her devices and signs one of them out', async ({ page, browser }) => {
  const email = await signUp(page);
  const laptop = await otherDevice(browser, email);
  await openSecurity(page);

  await expect(devices(page)).toHaveCount(2);
  const here = devices(page).filter({ hasText: 'This device' });
  await expect(here).toHaveCount(1);
  await expect(here).toContainText('Chrome on Linux');
  await expect(here).toContainText(/Signed in .* ago · last active/);
  const other = devices(page).filter({ hasNotText: 'This device' });
  await other.getByRole('button', { name: /^Sign out Chrome on Linux/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Chrome on Linux is signed out.' })).toBeFocused();
  await expect(devices(page)).toHaveCount(1);
  await expect(page.getByText('No other device is signed in.')).toBeVisible();

  await expectSignedOut(laptop);
  await page.reload();
  await expect(devices(page)).toHaveCount(1);
  await laptop.context().close();
});

test('"sign out everywhere else" asks first, then ends every other session', async ({ page, browser }) => {
  const email = await signUp(page);
  const laptop = await otherDevice(browser, email);
  const tablet = await otherDevice(browser, email);
  await openSecurity(page);
  await expect(devices(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await expect(page.getByText('Sign out every other device?')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(devices(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await page.getByRole('button', { name: 'Yes, sign them out' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'You are signed out everywhere else' }),
  ).toBeVisible();
  await expect(devices(page)).toHaveCount(1);
  await expectSignedOut(laptop);
  await expectSignedOut(tablet);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await laptop.context().close();
  await tablet.context().close();
});

test('the strength meter refuses a common password, and the form says why', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Email').fill('maya.meter@example.test');
  const password = page.getByLabel('Password', { exact: true });
  await password.fill('password1234');
  await expect(page.getByTestId('password-strength')).toHaveText('Strength: not accepted yet');
  const live = page.locator('.password-live');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText(/This is one of the most common passwords/);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('.field .error')).toHaveText(/This is one of the most common passwords/);
  await expect(page).toHaveURL(/\/signup$/);

  await password.fill('maya.meter river lantern');
  await expect(page.locator('.password-live')).toHaveText('Leave your email address out of your password.');
  await password.fill(PASSWORD);
  await expect(page.getByTestId('password-strength')).toHaveText('Strength: strong');
  await expect(page.locator('.password-live')).toHaveText('This password is accepted.');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the show-password button reveals and hides the password and keeps focus', async ({ page }) => {
  await page.goto('/signin');
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  await password.fill('my secret words');
  const toggle = page.getByRole('button', { name: 'Show password' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(password).toHaveAttribute('type', 'text');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(password).toHaveAttribute('type', 'password');
  await expect(password).toHaveValue('my secret words');

  await page.goto('/signup');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('autocomplete', 'new-password');
});

test('"Forgot password?" on a server without mail says who can help', async ({ page }) => {
  await page.goto('/signin');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await expect(page.getByText('This server cannot send email. Ask the person who runs it')).toBeVisible();
  await expect(page.getByText('npm run admin -- reset-link')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveCount(0);
});

test('a reset link that is not valid says so and offers a new one', async ({ page, pageErrors }) => {
  pageErrors.allow(
    'this test uses an unknown reset token: 400 is the answer',
    /status of 400.*\/auth\/reset/,
  );
  await page.goto('/reset/not-a-real-token-0123456789abcdef');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This reset link has been used or has expired.');
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
});

test('too many wrong passwords: the sign-in page says how long to wait', async ({ page, pageErrors }) => {
  pageErrors.allow(
    'this test signs in wrongly on purpose: 401, then 429 are the answers',
    /status of (401|429).*\/auth\/login/,
  );
  const email = await signUp(page);
  // Today off screen first: its reads still on the way would be refused (401) once the cookie is gone.
  await page.goto('about:blank');
  await page.context().clearCookies();
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  for (let i = 0; i < 10; i++) {
    await page.getByLabel('Password', { exact: true }).fill(`wrong guess number ${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    if (/Too many attempts/.test((await alert.textContent()) ?? '')) break;
  }
  await expect(page.getByRole('alert')).toHaveText(/^Too many attempts — try again in \d+ minutes?\.$/);
});
