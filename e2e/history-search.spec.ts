import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { signUp } from './helpers';

const dayAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function checkin(page: Page, daysAgo: number, body: Record<string, unknown>) {
  const res = await page.request.post('/api/v1/checkins', {
    data: { id: crypto.randomUUID(), recordedAt: `${dayAgo(daysAgo)}T12:00:00Z`, ...body },
  });
  expect(res.status()).toBe(201);
}

for (const width of [390, 1280]) {
  test.describe(`History search at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('she finds old days by words, area and pain, jumps to a date, and "Show earlier" stops at her first entry', async ({
      page,
    }) => {
      await signUp(page);
      await checkin(page, 200, { pain: 7, bodyAreas: ['hip_right'], notes: 'Long drive to Leeds' });
      await checkin(page, 10, { pain: 2, bodyAreas: ['lower_back_left'], notes: 'Gardening' });
      await checkin(page, 0, { pain: 5 });
      await page.goto('/history');
      await expect(page.getByTestId('checkin-entry')).toHaveCount(2);

      // Search looks through every day, not only the 90 on screen.
      await page.getByText('Search and filter').click();
      await page.getByLabel('Search notes and events').fill('leeds');
      await expect(page.getByTestId('history-matches')).toHaveText('1 day matches, searching all your days.');
      await expect(page.getByTestId('checkin-entry')).toHaveText(/Long drive to Leeds/);
      await page.getByLabel('Search notes and events').fill('');

      await page.getByLabel('Where it hurt').selectOption('hip_right');
      await expect(page.getByTestId('checkin-entry')).toHaveCount(1);
      await page.getByLabel('Where it hurt').selectOption('');
      await page.getByLabel('Pain from').selectOption('5');
      await expect(page.getByTestId('checkin-entry')).toHaveCount(2);
      await page.getByLabel('Pain from').selectOption('8');
      await expect(page.getByText('Nothing matches. Try other words or clear the filters.')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Clear search and filters' }).first().click();
      await expect(page.getByTestId('checkin-entry')).toHaveCount(2);

      // Jump to a date: that day's heading comes into view and takes focus.
      await page.getByLabel('Go to a date').fill(dayAgo(10));
      await page.getByRole('button', { name: 'Go', exact: true }).click();
      await expect(page.locator(`#day-${dayAgo(10)}`)).toBeFocused();

      // Earlier days come 90 at a time, and the button goes once her first entry is shown.
      await page.getByRole('button', { name: 'Show earlier check-ins' }).click();
      await page.getByRole('button', { name: 'Show earlier check-ins' }).click();
      await expect(page.getByTestId('checkin-entry')).toHaveCount(3);
      await expect(page.getByRole('button', { name: 'Show earlier check-ins' })).toHaveCount(0);
      await expect(page.getByText('That is everything, back to your first entry.')).toBeVisible();
    });
  });
}

test('a new user sees no "Show earlier" when there is nothing earlier', async ({ page }) => {
  await signUp(page);
  await page.goto('/history');
  await expect(page.getByText('Nothing here yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show earlier check-ins' })).toHaveCount(0);
});

test('a first visit to History names her played routines, built-in and her own, never by their ids, and search finds them by name', async ({
  page,
}) => {
  await signUp(page);
  const start = Date.now() - 2 * 86_400_000;
  const at = (min: number) => new Date(start + min * 60_000).toISOString();
  const own = await page.request.post('/api/v1/custom-routines', {
    data: { name: 'My hip routine', items: [{ exerciseId: 'bird-dog' }] },
  });
  expect(own.status(), await own.text()).toBe(201);
  const ownId = `custom:${((await own.json()) as { routine: { id: string } }).routine.id}`;
  for (const [routineId, from] of [
    ['morning-5', 0],
    ['walking', 120],
    [ownId, 240],
  ] as const) {
    const res = await page.request.post('/api/v1/sessions', {
      data: {
        id: crypto.randomUUID(),
        routineId,
        startedAt: at(from),
        endedAt: at(from + 10),
        painBefore: 4,
        painAfter: 3,
        effort: 4,
        rating: 'about_right',
      },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  // A fresh page: History loads the exercise library only now, to name the session.
  await page.goto('/history');
  await expect(page.getByRole('link', { name: 'Morning mobility · 10 min · pain 4 → 3' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Walk · 10 min · pain 4 → 3' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'My hip routine · 10 min · pain 4 → 3' })).toBeVisible();
  await expect(page.getByText(/morning-5|custom:/)).toHaveCount(0);

  await page.getByText('Search and filter').click();
  await page.getByLabel('Search notes and events').fill('mobility');
  await expect(page.getByTestId('history-matches')).toHaveText('1 day matches, searching all your days.');
  await expect(page.getByRole('link', { name: 'Morning mobility · 10 min · pain 4 → 3' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Walk/ })).toHaveCount(0);
});
