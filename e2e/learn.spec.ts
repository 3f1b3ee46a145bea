import type { Page } from '@playwright/test';
import { seriousViolations as axe } from './axe';
import { expect, test } from './fixtures';
import { goOffline, goOnline, signUp, skipWelcome, waitForServiceWorker } from './helpers';

/** Today's lesson as the server chooses it for the signed-in user. */
async function todaysPick(page: Page): Promise<{ id: string; title: string }> {
  const res = await page.request.get('/api/v1/lessons/today');
  expect(res.status()).toBe(200);
  return (await res.json()).lesson;
}

const todayCard = (page: Page) => page.getByTestId('today-lesson');

// Long journeys with two axe scans on a shared machine.
test.describe.configure({ timeout: 180_000 });

test('browse by topic, search, read a lesson with its grade and sources, mark it read; Today moves on', async ({
  page,
}) => {
  await signUp(page);
  await skipWelcome(page);
  const first = await todaysPick(page);
  await expect(todayCard(page).getByRole('heading', { name: 'Today’s lesson' })).toBeVisible();
  await expect(todayCard(page).getByRole('link', { name: first.title })).toBeVisible();
  await expect(todayCard(page)).toContainText('The next lesson in the library you have not read yet.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  await expect(page.getByTestId('learn-progress')).toHaveText(/^0 of \d+ read$/);
  const total = Number((await page.getByTestId('learn-progress').textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(30);
  // Grouped by topic: each group a level-2 heading, each lesson a level-3 heading with its link.
  for (const topic of ['How back pain goes', 'Movement and exercise', 'Bone health', 'Warning signs'])
    await expect(page.getByRole('heading', { level: 2, name: topic })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(total);
  expect(await axe(page)).toEqual([]);

  // A word from a lesson's body finds it; the topics make way for the results.
  const search = page.getByRole('searchbox', { name: 'Search lessons' });
  await search.fill('medium-firm');
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^\d+ lessons? match/);
  await expect(page.getByRole('heading', { level: 2, name: 'Sleep' })).toHaveCount(0);
  await search.fill('zzqx');
  await expect(page.getByText('No lesson matches “zzqx”.', { exact: false })).toBeVisible();
  await search.fill('mattress');
  await page.getByRole('link', { name: 'Mattresses, pillows and night pain' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Mattresses, pillows and night pain' }),
  ).toBeVisible();
  await expect(page.getByText(/^(Strong|Moderate|Limited|Little or no) evidence \([A-D]\)$/)).toBeVisible();
  await expect(page.getByText('Why this grade:', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
  await expect(
    page
      .getByRole('list')
      .filter({ has: page.locator('a[href^="https://"]') })
      .first(),
  ).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // Read the lesson Today offers: the card moves on to another one.
  await page.goto(`/learn/${first.id}`);
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked as read.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
  await page.getByRole('link', { name: '← Learn' }).click();
  await expect(page.getByTestId('learn-progress')).toHaveText(`1 of ${total} read`);
  await expect(page.getByRole('listitem').filter({ hasText: first.title }).getByText('✓ Read')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const next = await todaysPick(page);
  expect(next.id).not.toBe(first.id);
  await expect(todayCard(page).getByRole('link', { name: next.title })).toBeVisible();
  await expect(todayCard(page).getByRole('link', { name: first.title })).toHaveCount(0);

  // "Not today" hides the card on this device for the rest of the day.
  await todayCard(page).getByRole('button', { name: 'Not today' }).click();
  await expect(todayCard(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect(todayCard(page)).toHaveCount(0);
});

test('reads a lesson offline on a phone, and says plainly that marking it read needs a connection', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signUp(page);
  await waitForServiceWorker(page);
  // Phones keep five tabs: Learn is under More.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Lessons on back pain and midlife' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  await expect(page.getByTestId('learn-progress')).toHaveText(/^0 of \d+ read$/);

  await goOffline(context);
  await page.goto('/learn/walking');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Walking: simple, free and backed by a trial' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Marking it as read needs a connection/);
  // Learn itself opens offline too, with the reading state last seen.
  await page.getByRole('link', { name: '← Learn' }).click();
  await expect(page.getByTestId('learn-progress')).toHaveText(/^0 of \d+ read$/);

  await goOnline(context);
  await page.goto('/learn/walking');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
  await context.close();
});
