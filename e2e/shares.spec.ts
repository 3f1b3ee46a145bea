import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { signUp } from './helpers';
import { seedInsights } from './insights-seed';

// A link for her clinician, opened in a browser that has never seen her account; and the RMDQ.
test.describe.configure({ timeout: 180_000 });

const PASSCODE = 'kestrel-42';

/** Ticks these RMDQ statements (1-based) and saves. */
async function answerRmdq(page: Page, statements: number[]) {
  await page.goto('/questionnaires/rmdq');
  await expect(page.getByRole('heading', { level: 1, name: /Roland–Morris/ })).toBeVisible();
  const list = page.getByRole('group', { name: 'Tick each sentence that describes you today' });
  // Statements to tick, never yes/no buttons.
  await expect(list.getByRole('checkbox')).toHaveCount(24);
  await expect(list.getByRole('radio')).toHaveCount(0);
  for (const n of statements)
    await list
      .getByRole('checkbox')
      .nth(n - 1)
      .check();
  await expect(page.getByTestId('ticked-count')).toHaveText(`${statements.length} sentences ticked.`);
  await page.getByRole('button', { name: 'Save answers' }).click();
}

async function shot(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `test-results/shares/${name}-${width}.png`, fullPage: true });
  }
}

test('a passcode link opens in a fresh browser, refuses a wrong passcode, and stops when she turns it off', async ({
  page,
  browser,
  pageErrors,
}) => {
  pageErrors.allow(
    'the clinician page asks /api/v1/shared/… first without the passcode (401 asks for it), a wrong one is 401, and a turned-off link is 404',
    /\/api\/v1\/shared\//,
  );
  await signUp(page);
  await seedInsights(page, 40);
  await answerRmdq(page, [2, 13, 18]);
  await expect(page.getByTestId('latest-score')).toContainText('Score 3');

  await page.goto('/data');
  await page.getByRole('link', { name: 'Share with my clinician' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Share with my clinician' })).toBeVisible();
  await page.getByLabel('Who is it for? (optional)').fill('Physio, Tuesday');
  await page.getByLabel('Passcode (optional)').fill(PASSCODE);
  await page.getByRole('button', { name: 'Make the link' }).click();
  const urlField = page.getByTestId('share-url');
  await expect(urlField).toBeVisible();
  const url = await urlField.inputValue();
  expect(url).toMatch(/\/shared\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
  await shot(page, 'share-new');

  // The clinician: another browser, no account.
  const clinic = await (await browser.newContext()).newPage();
  await clinic.goto(url);
  await expect(clinic.getByRole('heading', { name: 'This summary needs a passcode' })).toBeVisible();
  await expect(clinic.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await clinic.getByLabel('Passcode', { exact: true }).fill('wrong-guess');
  await clinic.getByRole('button', { name: 'Open' }).click();
  await expect(
    clinic.getByText('That passcode is not right. 4 tries are left before the link closes.'),
  ).toBeVisible();
  await clinic.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await clinic.getByRole('button', { name: 'Open' }).click();
  await expect(clinic.getByTestId('shared-summary')).toBeVisible();
  await expect(clinic.getByTestId('shared-pain')).toContainText('/ 10');
  await expect(clinic.getByText('Shared as: Physio, Tuesday')).toBeVisible();
  await expect(clinic.getByTestId('shared-questionnaires')).toContainText('Roland–Morris');
  await expect(clinic.getByRole('button', { name: 'Download PDF' })).toBeVisible();
  for (const table of await clinic.locator('details').all())
    await table.evaluate((d) => d.setAttribute('open', ''));
  expect(await seriousViolations(clinic)).toEqual([]);
  // No app navigation on the clinician's page.
  await expect(clinic.getByRole('navigation')).toHaveCount(0);
  const download = clinic.waitForEvent('download');
  await clinic.getByRole('button', { name: 'Download PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/^spinekind-report-.*\.pdf$/);
  await shot(clinic, 'shared-page');

  // She sees the opening, then turns the link off.
  await page.getByRole('button', { name: 'Done' }).click();
  await page.reload();
  const item = page.getByTestId('share').filter({ hasText: 'Physio, Tuesday' });
  await expect(item).toContainText(/Opened (once|\d+ times)/);
  await shot(page, 'share-list');
  await item.getByRole('button', { name: 'Turn off the link Physio, Tuesday' }).click();
  await page.getByRole('button', { name: 'Turn it off' }).click();
  await expect(page.getByText('The link is turned off.')).toBeVisible();
  await expect(item.getByTestId('share-status')).toContainText('turned off');

  await clinic.reload();
  await expect(
    clinic.getByRole('heading', { level: 1, name: 'This link is no longer available' }),
  ).toBeVisible();
  await expect(clinic.getByTestId('shared-gone')).toBeVisible();
});

test('RMDQ: ticked statements are scored and shown in insights', async ({ page }) => {
  await signUp(page);
  await seedInsights(page, 20);
  await answerRmdq(page, [1, 5, 9, 14, 20]);
  await expect(page.getByTestId('latest-score')).toContainText('Score 5');
  await page.goto('/insights');
  await expect(page.getByTestId('rmdq-sentence')).toContainText('Latest: 5 of 24');
});
