import { expect, test } from '@playwright/test';
import { painRadio, signUp } from './helpers';

// Screenshots for the README and for people reviewing changes: docs/screenshots/<screen>-<width>.png.
for (const width of [390, 1280]) {
  test(`takes screenshots of the check-in and History screens at ${width}px`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width, height: width === 390 ? 844 : 900 },
      colorScheme: 'light',
    });
    const page = await context.newPage();
    await signUp(page);
    await painRadio(page, 5).click();
    await page.locator('[data-area="lower_back_centre"]').click();
    await page.locator('[data-area="lower_back_right"]').click();
    await page.getByLabel('Hours of sleep').fill('6');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `docs/screenshots/checkin-${width}.png` });
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByTestId('sync-state')).toHaveText('All saved');
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.locator('.chart canvas')).toHaveCount(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `docs/screenshots/history-${width}.png` });
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
