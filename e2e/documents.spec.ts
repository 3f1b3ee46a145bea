import { expect, test } from './fixtures';
import { signIn, signUp } from './helpers';

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
