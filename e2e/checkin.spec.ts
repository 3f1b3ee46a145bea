import { expect, test } from './fixtures';
import { openCheckinGroups, painRadio, serverCheckins, signUp } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('checks in with the body map and sees it in History and the chart', async ({ page }) => {
  await signUp(page);
  await painRadio(page, 6).click();
  await page.locator('[data-area="lower_back_centre"]').click();
  await page.locator('[data-area="buttock_left"]').click();
  await expect(page.getByRole('checkbox', { name: 'Lower back, centre' })).toBeChecked();
  await expect(page.getByText('Selected: Lower back, centre, Left buttock')).toBeVisible();
  await openCheckinGroups(page, 'sleep', 'day');
  await page.getByLabel('Hours of sleep').fill('6.5');
  await page.getByRole('radiogroup', { name: 'Sleep quality' }).getByRole('radio', { name: '4' }).click();
  await page.getByRole('group', { name: 'Did pain wake you?' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel('Note (optional)').fill('Stiff after the school run');
  await page.getByRole('button', { name: 'Save check-in' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  const entry = page.getByTestId('checkin-entry');
  await expect(entry).toContainText('Pain 6');
  await expect(entry).toContainText('Lower back, centre, Left buttock');
  await expect(entry).toContainText('6.5 h sleep');
  await expect(painRadio(page, 6)).not.toBeChecked();

  // "All saved" can be the badge's state from before the save for a moment: wait for the server's copy.
  await expect.poll(async () => (await serverCheckins(page)).length).toBe(1);
  const saved = await serverCheckins(page);
  expect(saved[0]).toMatchObject({
    pain: 6,
    notes: 'Stiff after the school run',
    bodyAreas: ['lower_back_centre', 'buttock_left'],
  });

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.getByTestId('chart-summary')).toHaveText(
    '1 of the last 30 days recorded: average pain 6.0, lowest 6, highest 6.',
  );
  await expect(page.locator('.chart canvas')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Today' }).getByTestId('checkin-entry')).toContainText(
    'Stiff after the school run',
  );
  // The chart's numbers, built when she opens them: her day written out, its mean and range.
  await expect(page.getByRole('table', { name: 'Daily pain, last 30 days' })).toHaveCount(0);
  await page.getByText('Show the numbers as a table').click();
  const table = page.getByRole('table', { name: 'Daily pain, last 30 days' });
  const now = new Date();
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), 12));
  const day = today.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row', { name: `${day} 6.0 6–6` })).toBeVisible();
});

test('records several check-ins a day, edits one, deletes one and undoes the delete', async ({ page }) => {
  await signUp(page);
  for (const score of [3, 7]) {
    await painRadio(page, score).click();
    await page.getByRole('checkbox', { name: 'Neck' }).check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByTestId('checkin-entry').filter({ hasText: `Pain ${score}` })).toBeVisible();
  }
  await expect(page.getByTestId('checkin-entry')).toHaveCount(2);

  const seven = page.getByTestId('checkin-entry').filter({ hasText: 'Pain 7' });
  await seven.getByRole('link', { name: /^Edit check-in/ }).click();
  await expect(page.getByRole('heading', { name: 'Edit check-in' })).toBeVisible();
  await expect(painRadio(page, 7)).toBeChecked();
  await painRadio(page, 5).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('checkin-entry').filter({ hasText: 'Pain 5' })).toBeVisible();
  await expect.poll(async () => (await serverCheckins(page)).map((c) => c.pain).sort()).toEqual([3, 5]);

  await page
    .getByTestId('checkin-entry')
    .filter({ hasText: 'Pain 3' })
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByTestId('checkin-entry')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('checkin-entry')).toHaveCount(2);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await expect.poll(async () => (await serverCheckins(page)).map((c) => c.pain).sort()).toEqual([3, 5]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a quick check-in takes three taps from Today: pain, area, save', async ({ page }) => {
    await signUp(page);
    let interactions = 0;
    const act = async (fn: () => Promise<void>) => {
      await fn();
      interactions++;
    };
    await act(() => painRadio(page, 4).tap());
    await act(() => page.locator('[data-area="lower_back_left"]').tap());
    await act(() => page.getByRole('button', { name: 'Save check-in' }).tap());
    await expect(page.getByTestId('checkin-entry')).toContainText('Lower back, left');
    await expect(page.getByTestId('checkin-entry')).toContainText('Pain 4');
    expect(interactions).toBeLessThanOrEqual(3);
  });
});

test('shows the error next to the pain scale when saving without a pain score, and keeps what was typed', async ({
  page,
}) => {
  await signUp(page);
  await openCheckinGroups(page, 'day');
  await page.getByLabel('Note (optional)').fill('Forgot the score');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please check the highlighted answers.');
  await expect(page.getByText('Pain must be a whole number from 0 to 10.')).toBeVisible();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('Forgot the score');
});
