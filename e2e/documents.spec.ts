import { expect, test } from './fixtures';
import { holdBack, signIn, signUp } from './helpers';

// Two devices signing in: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 180_000 });
test.beforeEach(({ pageErrors }) => {
  pageErrors.allow('the stale save is refused on purpose: 409 conflict', /status of 409.*\/api\/v1\/profile/);
});

test('a profile saved on a stale copy is refused with "changed on another device", and the form shows the latest', async ({
  page,
  browser,
}) => {
  const email = await signUp(page);
  await page.goto('/profile');
  await expect(page.getByLabel('Year of birth')).toBeVisible();

  const laptopContext = await browser.newContext();
  const laptop = await laptopContext.newPage();
  await signIn(laptop, email);
  await expect(laptop.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await laptop.goto('/profile');
  await laptop.getByLabel('Year of birth').fill('1968');
  await laptop.getByRole('button', { name: 'Save profile' }).click();
  await expect(laptop.getByText('Profile saved.')).toBeVisible();

  // The phone still holds the profile as it was before the laptop's save.
  await page.getByLabel('Year of birth').fill('1971');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('This was changed on another device a moment ago')).toBeVisible();
  await expect(page.getByLabel('Year of birth')).toHaveValue('1968');
  const held = await page.request.get('/api/v1/profile');
  expect(await held.json()).toMatchObject({ profile: { birthYear: 1968 }, version: 1 });

  // Saved again on the latest copy, it goes through.
  await page.getByLabel('Year of birth').fill('1971');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  expect(await (await page.request.get('/api/v1/profile')).json()).toMatchObject({
    profile: { birthYear: 1971 },
    version: 2,
  });
  await laptopContext.close();
});

test('what she types into her profile stays when a slow answer from the server comes in after it', async ({
  page,
}) => {
  await signUp(page);
  // The profile answer held back until she has typed, as on a slow line.
  const { release } = await holdBack(page, '**/api/v1/profile', (request) => request.method() === 'GET');
  await page.goto('/profile');
  const year = page.getByLabel('Year of birth');
  await year.fill('1972');
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/profile') && r.request().method() === 'GET',
  );
  release();
  await answered;
  await expect(year).toHaveValue('1972');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  expect(await (await page.request.get('/api/v1/profile')).json()).toMatchObject({
    profile: { birthYear: 1972 },
  });
});
