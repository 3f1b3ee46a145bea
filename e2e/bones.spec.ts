import { randomUUID } from 'node:crypto';
import type { Browser } from '@playwright/test';
import { seriousViolations as axe } from './axe';
import { expect, test } from './fixtures';
import { PASSWORD, uniqueEmail } from './helpers';

// Issue 19: the bone-health programme. Ruth (58, osteopenia, no fracture) starts it, logs a strength
// session with loads and sees next time's progression and her load history; a woman with a spinal
// fracture is offered no impact work and is told why. Screenshots go to .tmp/bones-shots/ to look at.

test.describe.configure({ timeout: 150_000 });

async function device(browser: Browser, width: number, profile: object) {
  const context = await browser.newContext({
    viewport: { width, height: width > 800 ? 900 : 844 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const register = await page.request.post('/api/v1/auth/register', {
    data: { email: uniqueEmail('ruth'), password: PASSWORD },
  });
  expect(register.status()).toBe(201);
  const saved = await page.request.put('/api/v1/profile', { data: { welcomeDone: true, ...profile } });
  expect(saved.status()).toBe(200);
  return { context, page };
}

const shot = (page: import('@playwright/test').Page, name: string, width: number) =>
  page.screenshot({ path: `.tmp/bones-shots/${name}-${width}.png`, fullPage: true, animations: 'disabled' });

for (const width of [390, 1280] as const) {
  test(`${width} px: Ruth starts the programme, logs a strength session with loads and sees next time's step up`, async ({
    browser,
  }) => {
    const { context, page } = await device(browser, width, {
      birthYear: new Date().getFullYear() - 58,
      boneHealth: 'osteopenia',
      vertebralFracture: 'no',
      fractureAfter50: false,
    });
    // Her first strength session, three days ago: two sets of sit to stand at 4 kg that felt 6/10.
    const ago = new Date(Date.now() - 3 * 86_400_000);
    const at = (min: number) => new Date(ago.getTime() + min * 60_000).toISOString();
    const first = await page.request.post('/api/v1/sessions', {
      data: {
        id: randomUUID(),
        routineId: 'bone-strength',
        startedAt: at(0),
        endedAt: at(25),
        exercises: [
          {
            exerciseId: 'sit-to-stand',
            done: true,
            sets: [
              { reps: 10, loadKg: 4, rpe: 6 },
              { reps: 10, loadKg: 4, rpe: 6 },
            ],
          },
        ],
        painBefore: 2,
        painAfter: 2,
        effort: 6,
        rating: 'about_right',
      },
    });
    expect(first.status()).toBe(201);

    await page.goto('/move');
    await page.getByRole('link', { name: 'Strong bones: a 12-week programme' }).click();
    await expect(page.getByRole('heading', { name: 'Strong bones', level: 1 })).toBeVisible();
    await expect(page.getByTestId('clinician-note')).toContainText(
      'never replaces a plan from your doctor or physiotherapist',
    );
    await expect(page.getByRole('listitem').filter({ hasText: /^Impact:/ })).toBeVisible();
    await shot(page, 'ruth-before-start', width);
    await page.getByRole('button', { name: 'Start the programme' }).click();
    await expect(page.getByRole('heading', { name: 'Week 1 of 12: today' })).toBeVisible();
    const strength = page.locator('[data-kind="strength"]');
    await expect(strength.getByText('Sit to stand')).toBeVisible();
    await expect(page.locator('[data-kind="impact"]')).toContainText('Heel drop');
    await expect(page.locator('[data-kind="balance"]')).toContainText('Tandem stance');
    await shot(page, 'ruth-today', width);

    await strength.getByRole('button', { name: 'Log this session' }).click();
    const sit = page.locator('[data-exercise="sit-to-stand"]');
    // Her last load is already there (4 kg from the session before); effort starts at her last, 6.
    await expect(sit.getByRole('group', { name: 'Weight' }).locator('output')).toHaveText('4 kg');
    await expect(sit.getByRole('group', { name: 'Effort (0–10)' }).locator('output')).toHaveText('6');
    const row = page.locator('[data-exercise="band-row"]');
    await row.getByLabel('Band colour').selectOption('red');
    await row.getByRole('button', { name: 'Effort (0–10): more' }).click();
    for (const id of ['standing-hip-hinge', 'step-up', 'wall-push-up', 'calf-raise', 'prone-back-extension'])
      await page
        .locator(`[data-exercise="${id}"]`)
        .getByRole('button', { name: 'Effort (0–10): more' })
        .click();
    await page.getByRole('button', { name: 'Pain before (0–10): more' }).click();
    await page.getByRole('button', { name: 'Pain after (0–10): more' }).click();
    await page.getByRole('radio', { name: 'About right' }).check();
    await shot(page, 'ruth-logging', width);
    await page.getByRole('button', { name: 'Save this session' }).click();
    await expect(page.getByText('Session logged.')).toBeVisible();

    const next = page.getByTestId('next-week');
    const sitNext = next.getByRole('listitem').filter({ hasText: 'Sit to stand' });
    await expect(sitNext).toContainText('step up · 4.5 kg', { timeout: 20_000 });
    await expect(sitNext).toContainText('try 4.5 kg next time');
    await expect(next.getByRole('listitem').filter({ hasText: 'Band row' })).toContainText(
      'stay at this level',
    );
    expect(await axe(page)).toEqual([]);
    await next.scrollIntoViewIfNeeded();
    await shot(page, 'ruth-next-time', width);

    await sitNext.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'Sit to stand: your loads' })).toBeVisible();
    await expect(page.getByTestId('load-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('history-weeks').locator('tbody tr').first()).toContainText('4 kg');
    expect(await axe(page)).toEqual([]);
    await shot(page, 'ruth-history', width);
    await context.close();
  });
}

for (const width of [390, 1280] as const) {
  test(`${width} px: with a spinal fracture she is offered no impact work and sees why`, async ({
    browser,
  }) => {
    const { context, page } = await device(browser, width, {
      boneHealth: 'osteoporosis',
      vertebralFracture: 'yes',
    });
    await page.goto('/move/bones');
    const why =
      'No impact work: you told us about a broken bone in your spine, so low-impact walking instead.';
    await expect(page.getByTestId('adaptations')).toContainText(why);
    await expect(page.getByRole('listitem').filter({ hasText: /^Impact:/ })).toHaveCount(0);
    await expect(page.getByRole('listitem').filter({ hasText: /^Brisk walking:/ })).toBeVisible();
    await page.getByRole('button', { name: 'Start the programme' }).click();
    await expect(page.getByRole('heading', { name: 'Week 1 of 12: today' })).toBeVisible();
    await expect(page.locator('[data-kind="impact"]')).toHaveCount(0);
    await expect(page.locator('[data-kind="walking"]')).toContainText(why);
    await expect(page.locator('[data-kind="walking"]')).toContainText('10 minutes');
    for (const jump of ['Heel drop', 'Low jump', 'Hop'])
      await expect(page.getByText(jump, { exact: true })).toHaveCount(0);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'spine-today', width);
    await context.close();
  });
}
