import type { Browser, Page } from '@playwright/test';
import { everyday as de } from '../packages/web/src/i18n/de';
import { tracking as deTracking } from '../packages/web/src/i18n/de-tracking';
import { everyday as es } from '../packages/web/src/i18n/es';
import { tracking as esTracking } from '../packages/web/src/i18n/es-tracking';
import { expect, test } from './fixtures';
import { PASSWORD, uniqueEmail } from './helpers';

// Labels come from the catalogues themselves, so the test follows the words a translator chooses and
// still fails when a screen shows English or a raw key.

test.use({ viewport: { width: 390, height: 844 } });

/** A browser whose only language is `locale`, as a German or Spanish phone would be. */
async function phoneIn(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  return context.newPage();
}

async function signUpIn(page: Page, copy: typeof de | typeof es): Promise<string> {
  const email = uniqueEmail('lang');
  await page.goto('/signup');
  await expect(page.getByRole('heading', { name: copy.auth.signUpTitle })).toBeVisible();
  await page.getByLabel(copy.auth.email).fill(email);
  await page.getByLabel(copy.auth.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: copy.auth.signUp }).click();
  await expect(page.getByRole('heading', { name: copy.checkin.title })).toBeVisible({ timeout: 20_000 });
  return email;
}

/** English words that must not appear on a German screen (the list), as whole words. */
const ENGLISH = /\b(the|your|and|with|pain|sleep|check-in|today)\b/gi;

async function englishOn(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return [...new Set([...text.matchAll(ENGLISH)].map((m) => m[0]))];
}

test('a German phone gets German from the first screen, checks in, and Profile → Language switches to Spanish everywhere', async ({
  browser,
}) => {
  const page = await phoneIn(browser, 'de-DE');
  await page.goto('/signin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: de.auth.signInTitle })).toBeVisible();
  const email = await signUpIn(page, de);

  // A check-in in German, and its answer from the server in German.
  await page.getByTestId('welcome').getByRole('button', { name: deTracking.welcome.skip }).click();
  await page.getByRole('radiogroup', { name: de.checkin.pain }).getByRole('radio', { name: /^6\b/ }).click();
  await page.getByRole('button', { name: de.checkin.save }).click();
  await expect(page.getByRole('status').filter({ hasText: de.checkin.saved })).toBeVisible();
  const answer = await page.request.get('/api/v1/checkins', { headers: { 'accept-language': 'de' } });
  expect(answer.headers()['content-language']).toBe('de');

  await page.getByRole('link', { name: de.nav.history }).click();
  await expect(page.getByRole('heading', { name: de.history.title })).toBeVisible();
  expect(await englishOn(page)).toEqual([]);

  // Profile → Language: Spanish at once, on this screen and the next.
  await page.goto('/profile');
  await page.getByLabel(de.language.choose).selectOption('es');
  await expect(page.getByRole('heading', { name: esTracking.profile.title })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect
    .poll(async () => (await (await page.request.get('/api/v1/profile')).json()).profile.language)
    .toBe('es');
  await page.reload();
  await expect(page.getByRole('heading', { name: esTracking.profile.title })).toBeVisible();

  // Her laptop speaks English, but she chose Spanish: once she signs in there, it is Spanish too.
  const laptop = await phoneIn(browser, 'en-GB');
  await laptop.goto('/signin');
  await expect(laptop.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await laptop.getByLabel('Email').fill(email);
  await laptop.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await laptop.getByRole('button', { name: 'Sign in' }).click();
  await expect(laptop.getByRole('heading', { name: es.checkin.title })).toBeVisible({ timeout: 20_000 });
  await expect(laptop.locator('html')).toHaveAttribute('lang', 'es');
  expect(deTracking.profile.title).not.toBe(esTracking.profile.title);
});

test('the language choice under the sign-in screen changes it before she has an account', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { name: de.auth.signInTitle })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: de.auth.signInTitle })).toBeVisible();
  await page.getByLabel(de.language.label).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
