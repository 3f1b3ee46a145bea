import { copyErrors, rawKeys } from './copy-check';
import { expect, test } from './fixtures';
import { goOffline, signUp, waitForServiceWorker } from './helpers';

// Every screen opened cold is checked for raw copy keys in a11y.spec.ts (390 px light group).
test('feature copy comes from the precache when offline', async ({ page, context }) => {
  const errors = copyErrors(page);
  await signUp(page);
  await waitForServiceWorker(page);
  await goOffline(context);
  for (const [path, heading] of [
    ['/move/library', 'Exercise library'],
    ['/data', 'Your data'],
    ['/breaks', 'Movement breaks'],
    ['/help', 'When to get help'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await rawKeys(page)).toEqual([]);
  }
  expect(errors).toEqual([]);
});
