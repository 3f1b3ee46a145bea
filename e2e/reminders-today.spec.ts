import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { painRadio, signUp } from './helpers';

// Reminders without push (#18): when this browser can't show them (here: notifications never allowed, no
// subscription), Today shows what is due when she opens the app, gently, and only what no other card shows.

/** Turns on a check-in reminder at 00:00 (passed by now, whenever the test runs) and, if asked, questionnaires. */
async function checkinAtMidnight(page: Page, questionnaires = false) {
  const settings = (await (await page.request.get('/api/v1/reminders')).json()).settings;
  const saved = await page.request.put('/api/v1/reminders', {
    data: {
      settings: {
        ...settings,
        quietHours: null,
        checkin: { enabled: true, times: ['00:00'], days: [1, 2, 3, 4, 5, 6, 7] },
        questionnaires: { enabled: questionnaires },
      },
    },
  });
  expect(saved.status()).toBe(200);
}

for (const width of [390, 1280]) {
  test(`at ${width} px, Today shows a due check-in when reminders can’t reach this browser, until she checks in`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await signUp(page);
    // Questionnaires too, which a new account has due at once: they already have their own card on Today,
    // so Due now doesn't repeat them.
    await checkinAtMidnight(page, true);

    await page.goto('/');
    const card = page.getByRole('region', { name: 'Due now' });
    await expect(card.getByRole('listitem')).toHaveCount(1);
    await expect(card.getByRole('listitem')).toContainText('00:00 · Your check-in, whenever you are ready.');
    await expect(card.getByRole('link', { name: 'Check in' })).toHaveAttribute('href', '#checkin');
    await expect(card).toContainText('Reminders can’t reach this browser');
    await expect(page.getByRole('region', { name: 'Due today' })).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `docs/screenshots/today-due-now-${width}.png`, fullPage: true });

    // Her check-in answers it: the card goes, and stays gone when she comes back.
    await card.getByRole('link', { name: 'Check in' }).click();
    await expect(page).toHaveURL(/#checkin$/);
    await painRadio(page, 2).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByTestId('checkin-entry')).toHaveCount(1);
    await expect(card).toHaveCount(0);
    // Asked again on the way back (the server now drops today's check-in): still nothing due.
    const asked = page.waitForResponse((r) => r.url().includes('/api/v1/reminders/next?'));
    await page.goto('/');
    expect((await asked).status()).toBe(200);
    await expect(page.getByTestId('checkin-entry')).toHaveCount(1);
    await expect(card).toHaveCount(0);
  });
}

test('“Not today” hides the Due now card on this device until tomorrow', async ({ page }) => {
  await signUp(page);
  await checkinAtMidnight(page);
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Due now' });
  await card.getByRole('button', { name: 'Not today' }).click();
  await expect(card).toHaveCount(0);
  // Still due (the server lists it again), and still hidden here.
  const asked = page.waitForResponse((r) => r.url().includes('/api/v1/reminders/next?'));
  await page.reload();
  const items = (await (await asked).json()).items as { kind: string }[];
  expect(items.map((i) => i.kind)).toContain('checkin');
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect(card).toHaveCount(0);
});
