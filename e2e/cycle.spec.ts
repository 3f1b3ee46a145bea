import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signUp } from './helpers';
import { seedInsights } from './insights-seed';

const dayAgo = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const written = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('cycles of 26, 39 and 31 days are never called regular; the card says which dates it read', async ({
      page,
    }) => {
      await signUp(page);
      // Starts 26, 39 and 31 days apart; the last period ended three days ago.
      const ago = [103, 77, 38, 7];
      const starts = ago.map(dayAgo);
      for (const n of ago) {
        const data = { startDate: dayAgo(n), endDate: dayAgo(n - 4) };
        expect((await page.request.post('/api/v1/periods', { data })).status()).toBe(201);
      }
      await page.goto('/cycle');
      const card = page.getByRole('region', { name: 'Where you may be in the menopause transition' });
      await expect(card.getByTestId('stage')).toHaveText('No sign of the transition in your log yet');
      await expect(card).not.toContainText(/regular/i);
      await expect(card).toContainText('Your last 3 cycles were 26 to 39 days long.');
      await expect(card).toContainText('One changed by 7 days or more');
      // The range covers the first cycle it read through the last period start.
      const range = card.getByTestId('stage-data');
      await expect(range).toContainText(written(starts[0] as string).replace(/ \d{4}$/, ''));
      await expect(range).toContainText(written(starts[3] as string));
      // Dates in the table are written out, not ISO.
      await expect(page.getByRole('cell', { name: written(starts[2] as string) })).toBeVisible();
      await expect(page.getByRole('cell', { name: '39 days' })).toBeVisible();
      await expect(page.getByText(/\d{4}-\d{2}-\d{2}/)).toHaveCount(0);
    });

    test('the phase labels of the cycle chart never run into each other', async ({ page }) => {
      await signUp(page);
      await seedInsights(page);
      await page.goto('/insights');
      await expect(page.locator('.cycle-plot svg')).toBeVisible();
      await expectNoOverlap(page);
      // And at every width in between, as she turns the phone or resizes the window.
      if (width === 1280)
        for (const w of [320, 360, 414, 480, 560, 640, 720, 800, 900, 1024]) {
          await page.setViewportSize({ width: w, height: 900 });
          // The chart redraws to its box's new width before the labels are read.
          await page.waitForFunction(() => {
            const box = document.querySelector('.cycle-plot');
            return box && Number(box.querySelector('svg')?.getAttribute('width')) === box.clientWidth;
          });
          await expectNoOverlap(page);
        }
    });
  });
}

async function expectNoOverlap(page: Page) {
  const boxes = await page.locator('.cycle-plot svg g:has(rect.band) > text').evaluateAll((nodes) =>
    nodes
      .filter((n) => (n.textContent ?? '').trim() !== '')
      .map((n) => {
        const r = n.getBoundingClientRect();
        const band = n.parentElement?.querySelector('rect')?.getBoundingClientRect();
        return { text: n.textContent, left: r.left, right: r.right, bandRight: band?.right ?? r.right };
      }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes)
    expect(b.right, `"${b.text}" stays inside its band`).toBeLessThanOrEqual(b.bandRight + 0.5);
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as (typeof sorted)[number];
    const now = sorted[i] as (typeof sorted)[number];
    expect(now.left, `"${before.text}" and "${now.text}" do not overlap`).toBeGreaterThanOrEqual(
      before.right,
    );
  }
}
