import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { bodyRegion, painRadio, serverCheckins, signUp, skipWelcome } from './helpers';

// Pain described as she feels it (issue #19, point 5) and a function test she repeats (point 3).

/** A screening two days ago, so the check-in's own prompt is the one Today shows (not the first-use one). */
async function seedEarlierScreening(page: Page) {
  const recordedAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const res = await page.request.post('/api/v1/screenings', {
    data: { id: crypto.randomUUID(), recordedAt, input: { age: 52, answers: {} } },
  });
  expect(res.status()).toBe(201);
}

const areaScale = (page: Page, area: string) =>
  page.getByRole('radiogroup', { name: `${area}: pain 0 to 10` });

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`at ${width} px: low back 6 and hip 3 in two taps each, burning and shooting down the leg, the safety check offered, all in History`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await signUp(page);
    await skipWelcome(page);
    await seedEarlierScreening(page);
    await page.reload();
    await painRadio(page, 6).click();

    // Two taps each: the area on the map, then its score.
    await bodyRegion(page, 'lower_back_centre').click();
    await areaScale(page, 'Lower back, centre').getByRole('radio', { name: '6', exact: true }).click();
    await bodyRegion(page, 'hip_left', 'front').click();
    await areaScale(page, 'Left hip').getByRole('radio', { name: '3', exact: true }).click();
    await page.getByRole('button', { name: 'Burning', exact: true }).click();
    await page.getByRole('button', { name: 'Shooting down the leg', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Burning', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.screenshot({ path: `docs/screenshots/checkin-pain-areas-${width}.png`, fullPage: true });

    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect
      .poll(async () => ((await serverCheckins(page))[0] as { painByArea?: unknown } | undefined)?.painByArea)
      .toEqual([
        { area: 'lower_back_centre', score: 6 },
        { area: 'hip_left', score: 3 },
      ]);
    const [saved] = await serverCheckins(page);
    expect(saved).toMatchObject({
      painQualities: ['burning', 'shooting_down_leg'],
      screeningPrompt: { reason: 'one_leg_radiating' },
    });
    await expect(
      page.getByText('Pain shooting down the leg or spreading below the knee is worth a quick safety check.'),
    ).toBeVisible();

    await page.getByRole('link', { name: 'History' }).first().click();
    const entry = page.getByTestId('checkin-entry').first();
    await expect(entry).toContainText('Lower back, centre 6, Left hip 3');
    await expect(entry).toContainText('Feels: Burning, Shooting down the leg');
  });
}

test('the area list works from the keyboard: tick an area, then arrow to its score', async ({ page }) => {
  await signUp(page);
  await skipWelcome(page);
  await page.getByRole('checkbox', { name: 'Right hip' }).check();
  const scale = areaScale(page, 'Right hip');
  await scale.getByRole('radio', { name: '0', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(scale.getByRole('radio', { name: '2', exact: true })).toBeChecked();
  // Unticking the area takes its score away.
  await page.getByRole('checkbox', { name: 'Right hip' }).uncheck();
  await expect(scale).toHaveCount(0);
});

for (const width of [390, 1280]) {
  test(`at ${width} px: a 30-second chair stand with the timer, twice, and its trend`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await signUp(page);
    await skipWelcome(page);
    await page.goto('/function-tests');
    await page.getByRole('link', { name: '30-second chair stand' }).click();
    await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
    await expect(page.getByText('Stop at once if you feel dizzy')).toBeVisible();

    const timer = page.getByRole('region', { name: 'Timer' });
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByTestId('timer-said')).toHaveText('Started. 30 seconds.');
    await timer.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByTestId('timer-said')).toContainText('Stopped at');

    for (const count of ['11', '13']) {
      await page.getByLabel('How many full stands did you do in 30 seconds?').fill(count);
      await page.getByRole('button', { name: 'Save result' }).click();
      await expect(page.getByTestId('latest-result')).toContainText(`Latest: ${count}`);
    }
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(page.getByText('The published norms for this test start at age 60')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/function-test-${width}.png`, fullPage: true });

    await page.goto('/insights');
    await expect(page.getByTestId('function-insights')).toContainText('2 times, first 11, latest 13');
  });
}
