import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { logSpotting, seedLastPeriod14MonthsAgo } from './bleeding-seed';
import { msToNextReminder, seedBreakSettings, seedBreakWeek, seedDeskCheck } from './breaks-seed';
import { expect, test } from './fixtures';
import { openCheckinGroups, painRadio, signUp, skipWelcome } from './helpers';
import { seedInsights } from './insights-seed';

// Screenshots for the README and for people reviewing changes: docs/screenshots/<screen>-<width>[-dark].png.

/** `daysAgo` days before now at `hour`:30 local time, as ISO-8601 with the local offset. */
function localTime(daysAgo: number, hour: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hour, 30, 0, 0);
  const offset = -d.getTimezoneOffset();
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** Two weeks of earlier check-ins through the API (mornings, and some evenings), for the History chart. */
async function seedTwoWeeks(page: Page) {
  const pains = [6, 5, 5, 4, 6, 7, 5, 4, 3, 4, 5, 4, 3, 3];
  for (const [i, pain] of pains.entries()) {
    const day = pains.length - i;
    const entries =
      i % 2
        ? [{ hour: 8, pain }]
        : [
            { hour: 8, pain },
            { hour: 19, pain: Math.max(0, pain - 2) },
          ];
    for (const e of entries) {
      const res = await page.request.post('/api/v1/checkins', {
        data: {
          id: randomUUID(),
          recordedAt: localTime(day, e.hour),
          pain: e.pain,
          bodyAreas: ['lower_back_centre'],
          sleepHours: 6 + (i % 3) * 0.5,
        },
      });
      expect(res.status()).toBe(201);
    }
  }
}

const shots = [
  { width: 390, scheme: 'light' },
  { width: 390, scheme: 'dark' },
  { width: 1280, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
] as const;

/** A new account with a week of breaks, on the Movement breaks page with its chart drawn. */
async function openSeededBreaks(page: Page) {
  await signUp(page);
  await skipWelcome(page);
  await seedBreakSettings(page);
  await seedBreakWeek(page);
  await page.goto('/breaks');
  await expect(page.locator('.chart canvas')).toHaveCount(1);
}

test('takes a screenshot of the breaks page at 1280px', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  await openSeededBreaks(page);
  await page.screenshot({ animations: 'disabled', path: 'docs/screenshots/breaks-1280.png', fullPage: true });
  await context.close();
});

for (const { width, scheme } of shots) {
  const suffix = `${width}${scheme === 'dark' ? '-dark' : ''}`;
  test(`takes screenshots of the check-in and History screens at ${width}px, ${scheme}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width, height: width === 390 ? 844 : 900 },
      colorScheme: scheme,
    });
    const page = await context.newPage();
    await signUp(page);
    await seedTwoWeeks(page);
    // An everyday visit: the welcome has been answered or skipped.
    await skipWelcome(page);
    await painRadio(page, 4).click();
    await page.locator('[data-area="lower_back_centre"]').click();
    await page.locator('[data-area="lower_back_right"]').click();
    await openCheckinGroups(page, 'sleep');
    await page.getByLabel('Hours of sleep').fill('6');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `docs/screenshots/checkin-${suffix}.png` });

    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByTestId('sync-state')).toHaveText('All saved');
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.locator('.chart canvas')).toHaveCount(1);
    await expect(page.getByTestId('chart-summary')).toContainText('15 of the last 30 days recorded');
    await expect(page.getByText('Check-in saved.')).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `docs/screenshots/history-${suffix}.png` });
    await context.close();
  });
}

for (const { width, scheme } of shots) {
  const suffix = `${width}${scheme === 'dark' ? '-dark' : ''}`;
  test(`takes screenshots of the bleeding check on Today and the cycle page at ${width}px, ${scheme}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width, height: width === 390 ? 844 : 900 },
      colorScheme: scheme,
    });
    const page = await context.newPage();
    await signUp(page);
    await skipWelcome(page);
    await seedLastPeriod14MonthsAgo(page);
    await logSpotting(page);
    await expect(page.getByTestId('bleeding-note')).toBeVisible();
    await page.screenshot({ animations: 'disabled', path: `docs/screenshots/bleeding-saved-${suffix}.png` });
    await page.reload();
    await expect(page.getByTestId('bleeding-card')).toBeVisible();
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ animations: 'disabled', path: `docs/screenshots/bleeding-today-${suffix}.png` });
    await page.goto('/cycle');
    await expect(page.getByTestId('bleeding-cycle-card')).toBeVisible();
    await expect(page.getByTestId('stage')).toBeVisible();
    await page.screenshot({
      animations: 'disabled',
      path: `docs/screenshots/bleeding-cycle-${suffix}.png`,
      fullPage: true,
    });
    await context.close();
  });
}

test('takes screenshots of the safety check and the emergency screen at 390px', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });
  const page = await context.newPage();
  await signUp(page);
  await page.goto('/screening');
  await page.getByLabel('Your age').fill('47');
  await page.screenshot({ path: 'docs/screenshots/screening-390.png' });
  await page
    .getByRole('group', { name: /numbness or tingling around your bottom/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/emergency-390.png' });
  await context.close();
});

test('takes screenshots of breaks, the break reminder, the desk check and set-up at 390px', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.clock.install();
  await openSeededBreaks(page);
  await page.screenshot({ animations: 'disabled', path: 'docs/screenshots/breaks-390.png', fullPage: true });

  await page.goto('/');
  await expect(painRadio(page, 0)).toBeVisible();
  await page.clock.fastForward((await msToNextReminder(page)) + 1_000);
  await expect(page.getByTestId('break-reminder')).toBeVisible();
  await page.screenshot({ animations: 'disabled', path: 'docs/screenshots/break-reminder-390.png' });

  await seedDeskCheck(page, (i) => i % 3);
  await page.goto('/desk-check');
  await expect(page.getByTestId('top-fixes')).toBeVisible();
  await page.screenshot({
    animations: 'disabled',
    path: 'docs/screenshots/desk-check-390.png',
    fullPage: true,
  });
  await page.goto('/setup');
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await page.screenshot({ animations: 'disabled', path: 'docs/screenshots/setup-390.png', fullPage: true });
  await context.close();
});

for (const { width, scheme } of shots) {
  const suffix = `${width}${scheme === 'dark' ? '-dark' : ''}`;
  test(`takes screenshots of Insights and the weekly card at ${width}px, ${scheme}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({
      viewport: { width, height: width === 390 ? 844 : 900 },
      colorScheme: scheme,
    });
    const page = await context.newPage();
    await signUp(page);
    await seedInsights(page);
    await page.goto('/insights');
    await expect(page.getByTestId('insights-range')).toBeVisible();
    await expect(page.getByTestId('trend').locator('canvas')).not.toHaveCount(0);
    await page.screenshot({
      animations: 'disabled',
      path: `docs/screenshots/insights-${suffix}.png`,
      fullPage: true,
    });
    await page.goto('/');
    const weekly = page.getByTestId('weekly-card');
    await weekly.scrollIntoViewIfNeeded();
    await weekly.screenshot({ animations: 'disabled', path: `docs/screenshots/weekly-${suffix}.png` });
    await context.close();
  });
}

for (const { width, scheme } of shots) {
  const suffix = `${width}${scheme === 'dark' ? '-dark' : ''}`;
  test(`takes screenshots of Move and the routine player at ${width}px, ${scheme}`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width, height: width === 390 ? 844 : 900 },
      colorScheme: scheme,
    });
    const page = await context.newPage();
    // The player runs on the page's clock: paused here, it shows the same moment every run.
    await page.clock.install();
    await signUp(page);
    await page.goto('/move');
    await expect(page.getByRole('heading', { name: 'Routines' })).toBeVisible();
    await page.screenshot({ animations: 'disabled', path: `docs/screenshots/move-${suffix}.png` });
    await page.goto('/move/play/morning-5');
    await page
      .getByRole('radiogroup', { name: 'Pain right now' })
      .getByRole('radio', { name: /^3\b/ })
      .check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.clock.runFor(11_000);
    await expect(page.getByTestId('player-phase')).not.toHaveText('Get ready');
    await page.screenshot({ animations: 'disabled', path: `docs/screenshots/player-${suffix}.png` });
    await page.clock.runFor(20 * 60_000);
    await page.clock.resume();
    await expect(page.getByRole('heading', { name: 'How did that go?' })).toBeVisible();
    await page.screenshot({ animations: 'disabled', path: `docs/screenshots/player-after-${suffix}.png` });
    const scale = (legend: string, score: number) =>
      page.getByRole('radiogroup', { name: legend }).getByRole('radio', { name: new RegExp(`^${score}\\b`) });
    await scale('Pain now', 2).check();
    await scale('Effort', 4).check();
    await page.getByRole('radio', { name: 'About right' }).check();
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByTestId('pain-guide')).toBeVisible();
    await page.screenshot({ animations: 'disabled', path: `docs/screenshots/player-saved-${suffix}.png` });
    await context.close();
  });
}

for (const width of [390, 1280]) {
  test(`takes screenshots of the install hint on Today and the theme choice in Profile at ${width}px`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } });
    const page = await context.newPage();
    await signUp(page);
    await skipWelcome(page);
    // What Chromium fires when the app can be installed.
    await page.evaluate(() => {
      const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => undefined,
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      window.dispatchEvent(offer);
    });
    await expect(page.getByTestId('install-card')).toBeVisible();
    await page.screenshot({
      animations: 'disabled',
      fullPage: true,
      path: `docs/screenshots/today-install-${width}.png`,
    });
    await page.goto('/profile');
    await page.getByRole('group', { name: 'Colours' }).getByText('Dark', { exact: true }).click();
    await page.screenshot({ animations: 'disabled', path: `docs/screenshots/profile-theme-${width}.png` });
    await context.close();
  });
}
