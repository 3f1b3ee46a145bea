import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { signUp, skipWelcome } from './helpers';

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box: it is not rendered');
  return b;
}

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Save button sits above the tab bar, in view without scrolling, with the pain scale', async ({
    page,
  }) => {
    await signUp(page);
    await skipWelcome(page);
    const save = await box(page.getByRole('button', { name: 'Save check-in' }));
    const tabs = await box(page.getByRole('navigation', { name: 'Main' }));
    expect(save.y + save.height).toBeLessThanOrEqual(tabs.y);
    expect(save.y).toBeGreaterThan(844 / 2);
    await expect(page.getByRole('radiogroup', { name: 'Pain right now' })).toBeInViewport({ ratio: 0.5 });
  });

  test('a check-in card keeps the full width for its text, with Edit and Delete below', async ({ page }) => {
    await signUp(page);
    await page
      .getByRole('radiogroup', { name: 'Pain right now' })
      .getByRole('radio', { name: /^3\b/ })
      .click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    const entry = page.getByTestId('checkin-entry');
    const text = await box(entry.getByRole('paragraph').filter({ hasText: 'Pain 3' }));
    const edit = await box(entry.getByRole('link', { name: /^Edit/ }));
    expect(edit.y).toBeGreaterThan(text.y + text.height - 1);
    expect(text.width).toBeGreaterThan(250);
  });
});

test.describe('on a desktop (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const path of ['/signin', '/help']) {
    test(`${path} without navigation uses the page width, not a sidebar column`, async ({ page }) => {
      await page.goto(path);
      const title = await box(page.getByRole('heading', { level: 1 }));
      const main = await box(page.getByRole('main'));
      expect(main.width).toBeGreaterThan(600);
      expect(title.x).toBeGreaterThan(100);
    });
  }

  test('signed in: navigation on the left, content beside it', async ({ page }) => {
    await signUp(page);
    const nav = await box(page.getByRole('navigation', { name: 'Main' }));
    const main = await box(page.getByRole('main'));
    expect(nav.x).toBe(0);
    expect(nav.width).toBeLessThan(300);
    expect(main.x).toBeGreaterThanOrEqual(nav.width);
    expect(main.width).toBeGreaterThan(700);
  });
});
