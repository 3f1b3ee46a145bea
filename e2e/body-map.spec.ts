import { expect, test } from './fixtures';
import { bodyRegion, painRadio, serverCheckins, signUp, skipWelcome } from './helpers';

// The body map she taps: every region at least 24 × 24 CSS px (WCAG 2.5.8) on a phone and a desktop, a
// Back/Front switch where the two views don't fit side by side, and the newer areas saved and shown.

/** Every area of core's body map, as the web app names them (checked against the checkbox list). */
const AREAS = 20;

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`at ${width} px every region is at least 24 × 24 px, and every area is on the map`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await signUp(page);
    await skipWelcome(page);
    await expect(page.getByRole('group', { name: 'Where does it hurt?' }).getByRole('checkbox')).toHaveCount(
      AREAS,
    );
    // Both views fit side by side here: no switch.
    await expect(page.getByRole('button', { name: 'Front', exact: true })).toBeHidden();
    const regions = page.locator('svg.body-map [data-area]');
    const areas = new Set<string>();
    for (const region of await regions.all()) {
      await expect(region).toBeVisible();
      const b = await region.boundingBox();
      const area = (await region.getAttribute('data-area')) ?? '';
      areas.add(area);
      expect(b?.width, `${area} width`).toBeGreaterThanOrEqual(24);
      expect(b?.height, `${area} height`).toBeGreaterThanOrEqual(24);
    }
    expect(areas.size).toBe(AREAS);
  });
}

test('on a narrow phone (320 px) a Back/Front switch shows one view at a time, regions still 24 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signUp(page);
  await skipWelcome(page);
  const front = page.getByRole('button', { name: 'Front', exact: true });
  const back = page.getByRole('button', { name: 'Back', exact: true });
  await expect(back).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('svg[data-view="front"]')).toBeHidden();
  const lowerBack = await bodyRegion(page, 'lower_back_left').boundingBox();
  expect(lowerBack?.width).toBeGreaterThanOrEqual(24);
  expect(lowerBack?.height).toBeGreaterThanOrEqual(24);
  await front.click();
  await expect(front).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('svg[data-view="back"]')).toBeHidden();
  await bodyRegion(page, 'pelvis_groin', 'front').click();
  await expect(page.getByRole('checkbox', { name: 'Pelvis or groin' })).toBeChecked();
  for (const region of await page.locator('svg[data-view="front"] [data-area]').all()) {
    const b = await region.boundingBox();
    expect(b?.width).toBeGreaterThanOrEqual(24);
    expect(b?.height).toBeGreaterThanOrEqual(24);
  }
});

for (const width of [390, 1280]) {
  test(`at ${width} px a new region (pelvis, a foot, a shoulder) is saved and shown in History`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await signUp(page);
    await skipWelcome(page);
    await painRadio(page, 5).click();
    await bodyRegion(page, 'pelvis_groin', 'front').click();
    await bodyRegion(page, 'foot_left').click();
    await bodyRegion(page, 'shoulder_right').click();
    // The same area in the other view shows as chosen there too.
    await expect(bodyRegion(page, 'foot_left', 'front')).toHaveClass(/selected/);
    await expect(page.getByText('Selected: Pelvis or groin, Left foot, Right shoulder')).toBeVisible();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(async () => (await serverCheckins(page)).length).toBe(1);
    const [saved] = await serverCheckins(page);
    expect(saved).toMatchObject({ bodyAreas: ['pelvis_groin', 'foot_left', 'shoulder_right'] });
    await page.getByRole('link', { name: 'History' }).first().click();
    await expect(page.getByRole('region', { name: 'Today' }).getByTestId('checkin-entry')).toContainText(
      'Pelvis or groin, Left foot, Right shoulder',
    );
  });
}
