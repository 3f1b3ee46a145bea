import { expect, test } from './fixtures';
import { painRadio, serverCheckins, signUp } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

const saveCheckin = async (page: import('@playwright/test').Page, pain: number) => {
  await painRadio(page, pain).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(painRadio(page, pain)).not.toBeChecked();
};

test('a change the server refuses says so in the badge, and "See why" shows it with the reason', async ({
  page,
  pageErrors,
}) => {
  pageErrors.allow('this test refuses the check-in with a 422', /status of 422.*\/api\/v1\/checkins/);
  await signUp(page);
  await page.route('**/api/v1/checkins', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 422,
          contentType: 'application/json',
          body: JSON.stringify({
            error: { code: 'validation', message: 'That day is too far ahead.', details: [] },
          }),
        })
      : route.fallback(),
  );
  await saveCheckin(page, 4);
  const badge = page.getByTestId('sync-state');
  await expect(badge).toHaveText('1 change could not be saved');
  await expect(badge).toHaveAttribute('data-state', 'error');

  await page.getByRole('button', { name: 'See why' }).click();
  const dialog = page.getByRole('dialog', { name: 'Not saved' });
  await expect(dialog).toContainText('Check-in');
  await expect(dialog).toContainText('That day is too far ahead.');
  await page.unrouteAll();
  await dialog.getByRole('button', { name: 'Let it go' }).click();
  await expect(dialog).toBeHidden();
  await expect(badge).toHaveText('All saved');
  expect(await serverCheckins(page)).toHaveLength(0);
});

test('a check-in the server keeps failing (500) does not hold back the next one', async ({
  page,
  pageErrors,
}) => {
  pageErrors.allow('this test answers the first check-in with 500', /status of 500.*\/api\/v1\/checkins/);
  await signUp(page);
  let failing = true;
  let firstId: string | undefined;
  await page.route('**/api/v1/checkins', (route) => {
    const body = route.request().postDataJSON() as { id?: string; pain?: number } | null;
    if (route.request().method() === 'POST' && body?.pain === 7) firstId = body.id;
    if (failing && body?.id !== undefined && body.id === firstId) {
      return route.fulfill({ status: 500, contentType: 'application/json', body: '{}' });
    }
    return route.fallback();
  });
  await saveCheckin(page, 7);
  await expect.poll(() => firstId).toBeDefined();
  await saveCheckin(page, 2);
  // The second lands while the first waits out its back-off.
  await expect.poll(async () => (await serverCheckins(page)).map((c) => c.pain)).toEqual([2]);

  failing = false;
  await expect.poll(async () => (await serverCheckins(page)).length, { timeout: 30_000 }).toBe(2);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
});
