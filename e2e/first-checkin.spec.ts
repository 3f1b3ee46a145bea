import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { checkinGroups, openCheckinGroups, painRadio, signUp, skipWelcome } from './helpers';

// A new account's first check-in, as she meets it on a phone (390 × 844) and a desktop (1280 × 900): a short
// welcome, then pain, where and Save on the first screen, the rest behind named groups she can pin open.

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box: it is not rendered');
  return b;
}

const saveBar = (page: Page) => page.locator('.save-bar');

/** Every pain option, scrolled into view, lies wholly above the sticky Save bar (and below the top). */
async function expectPainScaleClearOfSaveBar(page: Page) {
  for (let score = 0; score <= 10; score++) {
    const option = painRadio(page, score).locator('xpath=..');
    await option.scrollIntoViewIfNeeded();
    const o = await box(option);
    const bar = await box(saveBar(page));
    expect(o.y, `pain option ${score} is on screen`).toBeGreaterThanOrEqual(0);
    expect(o.y + o.height, `pain option ${score} is not under the Save bar`).toBeLessThanOrEqual(bar.y);
  }
}

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('a new account is welcomed with three questions, saved to her profile, and never again', async ({
      page,
    }) => {
      await signUp(page);
      const welcome = page.getByTestId('welcome');
      await expect(welcome.getByRole('heading', { name: 'Welcome to Spinekind' })).toBeVisible();
      await expect(welcome.getByRole('link', { name: 'Take the safety check' })).toHaveAttribute(
        'href',
        '/screening',
      );
      await page.screenshot({
        animations: 'disabled',
        path: `docs/screenshots/first-checkin-welcome-${width}.png`,
      });
      await welcome.getByLabel('Year of birth').fill('1968');
      await welcome
        .getByLabel('Has a bone scan or doctor told you about your bones?')
        .selectOption('osteopenia');
      await welcome.getByLabel('How are your periods at the moment?').selectOption('irregular_periods');
      await welcome.getByRole('button', { name: 'Save my answers' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved to your profile.' })).toBeVisible();
      await expect(welcome).toHaveCount(0);
      const { profile } = await (await page.request.get('/api/v1/profile')).json();
      expect(profile).toMatchObject({
        birthYear: 1968,
        boneHealth: 'osteopenia',
        menopausalSelfReport: 'irregular_periods',
        welcomeDone: true,
      });
      // The profile page shows the same answers: one profile, one API.
      await page.goto('/profile');
      await expect(page.getByLabel('Year of birth')).toHaveValue('1968');
      await page.goto('/');
      await expect(painRadio(page, 0)).toBeVisible();
      await expect(page.getByTestId('welcome')).toHaveCount(0);
    });

    test('skipped, the welcome does not come back; the first screen holds pain, where and Save', async ({
      page,
    }) => {
      await signUp(page);
      await skipWelcome(page);
      await page.reload();
      await expect(painRadio(page, 0)).toBeVisible();
      await expect(page.getByTestId('welcome')).toHaveCount(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      const bar = await box(saveBar(page));
      const save = await box(page.getByRole('button', { name: 'Save check-in' }));
      expect(save.y + save.height).toBeLessThanOrEqual(height);
      for (const part of [
        page.getByRole('radiogroup', { name: 'Pain right now' }),
        page.getByRole('heading', { name: 'Where does it hurt?' }),
        page.locator('svg[data-view="back"]'),
      ]) {
        const b = await box(part);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height, 'in view above the Save bar').toBeLessThanOrEqual(bar.y + 1);
      }
      // Everything else waits behind named, closed groups.
      for (const name of Object.values(checkinGroups)) {
        const button = page.getByRole('button', { name, exact: true });
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        const controls = await button.getAttribute('aria-controls');
        await expect(page.locator(`[id="${controls}"]`)).toBeHidden();
      }
      await expect(page.getByLabel('Hours of sleep')).toHaveCount(0);
      await page.screenshot({ animations: 'disabled', path: `docs/screenshots/first-checkin-${width}.png` });
      await page.screenshot({
        animations: 'disabled',
        fullPage: true,
        path: `docs/screenshots/first-checkin-${width}-full.png`,
      });
    });

    test('the pain scale is never under the sticky Save bar, with the welcome above it or groups open', async ({
      page,
    }) => {
      // Eleven options measured three times over: more than the default minute on a busy machine.
      test.setTimeout(120_000);
      await signUp(page);
      // The welcome pushes the scale below the first screen: each option scrolled to must clear the bar.
      await expect(page.getByTestId('welcome')).toBeVisible();
      await expectPainScaleClearOfSaveBar(page);
      await openCheckinGroups(page, 'sleep', 'mood', 'day');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expectPainScaleClearOfSaveBar(page);
      // And from the keyboard: focus scrolls the chosen point clear of the bar too.
      await page.evaluate(() => window.scrollTo(0, 0));
      await painRadio(page, 9).focus();
      await page.keyboard.press('ArrowRight');
      await expect(painRadio(page, 10)).toBeChecked();
      const ten = await box(painRadio(page, 10).locator('xpath=..'));
      expect(ten.y + ten.height).toBeLessThanOrEqual((await box(saveBar(page))).y);
    });
  });
}

test.describe('the optional groups', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('open from the keyboard, say so to screen readers, and open themselves when an entry has answers', async ({
    page,
  }) => {
    await signUp(page);
    await skipWelcome(page);
    const sleep = page.getByRole('button', { name: checkinGroups.sleep, exact: true });
    await expect(page.getByRole('heading', { name: checkinGroups.sleep })).toBeVisible();
    await sleep.focus();
    await page.keyboard.press('Enter');
    await expect(sleep).toHaveAttribute('aria-expanded', 'true');
    const body = page.locator(`[id="${await sleep.getAttribute('aria-controls')}"]`);
    await expect(body.getByLabel('Hours of sleep')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(sleep).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Hours of sleep')).toHaveCount(0);

    await painRadio(page, 3).click();
    await openCheckinGroups(page, 'sleep');
    await page.getByLabel('Hours of sleep').fill('7');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByTestId('sync-state')).toHaveText('All saved');
    // A saved check-in leaves a short form again.
    await expect(sleep).toHaveAttribute('aria-expanded', 'false');
    await page
      .getByTestId('checkin-entry')
      .getByRole('link', { name: /^Edit check-in/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Edit check-in' })).toBeVisible();
    await expect(page.getByRole('button', { name: checkinGroups.sleep, exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByLabel('Hours of sleep')).toHaveValue('7');
    await expect(page.getByRole('button', { name: checkinGroups.mood, exact: true })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  test('a group with a wrong answer opens to show it', async ({ page }) => {
    await signUp(page);
    await skipWelcome(page);
    await painRadio(page, 4).click();
    await openCheckinGroups(page, 'measures');
    await page.getByLabel('Waist (cm)').fill('-3');
    await page.getByRole('button', { name: checkinGroups.measures, exact: true }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Please check the highlighted answers.');
    await expect(page.getByRole('button', { name: checkinGroups.measures, exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByLabel('Waist (cm)')).toHaveAttribute('aria-invalid', 'true');
  });
});
