import { expect, test } from './fixtures';
import { signUp } from './helpers';

test('a screen that cannot be downloaded says so calmly, and the way back works', async ({
  page,
  pageErrors,
}) => {
  pageErrors.allow('this test aborts the download of the Breaks screen', /BreaksPage-[^/]+\.js/);
  await signUp(page);
  await page.route(/\/assets\/BreaksPage-[^/]+\.js$/, (route) => route.abort());
  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Movement breaks' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Something went wrong. Please try again.' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screen-failed.png' });
  await page.unroute(/\/assets\/BreaksPage-[^/]+\.js$/);
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How is your back today?' })).toBeVisible();
  await page.goto('/breaks');
  await expect(page.getByRole('heading', { level: 1, name: 'Movement breaks' })).toBeVisible();
});

test('switching between signing in and signing up keeps the email typed', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email').fill('maya@example.test');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('maya@example.test');
});
