import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signUp } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/** Local date `days` ago in the browser's time zone, and an instant that morning with its offset. */
async function morning(page: Page, daysAgo: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    d.setHours(8, 15, 0, 0);
    const off = -d.getTimezoneOffset();
    const pad = (x: number) => String(Math.floor(Math.abs(x))).padStart(2, '0');
    const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return `${date}T08:15:00${off < 0 ? '-' : '+'}${pad(off / 60)}:${pad(off % 60)}`;
  }, daysAgo);
}

/** A download's bytes, read from Playwright's own copy (test-results may be cleared by parallel runs). */
async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const historyEntries = async (page: Page) => {
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByTestId('checkin-entry')).toHaveCount(3);
  return page.getByTestId('checkin-entry').allInnerTexts();
};

test('exports check-ins as CSV, imports them into a new account and sees the same History', async ({
  page,
  browser,
}) => {
  await signUp(page);
  const checkins = [
    { pain: 3, sleepHours: 7.5, bodyAreas: ['neck'], notes: 'Gentle day, "quoted"' },
    {
      pain: 6,
      sleepHours: 5,
      bodyAreas: ['lower_back_centre', 'hip_left'],
      hotFlushes: 4,
      notes: 'Long drive',
    },
    { pain: 4, nightSweats: true, bleeding: 'light', notes: 'Ünïcode note, with commas' },
  ];
  for (const [i, c] of checkins.entries()) {
    const res = await page.request.post('/api/v1/checkins', {
      data: { ...c, recordedAt: await morning(page, i + 1) },
    });
    expect(res.status()).toBe(201);
  }
  const before = await historyEntries(page);

  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await page.getByLabel('What to download').selectOption('checkins');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^spinekind-checkins-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await bytesOf(download)).toString('utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFid,recordedAt,localDate,source,pain,/);

  // The doctor report downloads as a real PDF with a busy state while it is drawn.
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const bytes = await bytesOf(pdf);
  expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
  expect(bytes.length).toBeGreaterThan(8_000);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const second = await context.newPage();
  await signUp(second);
  await second.goto('/data');
  await second.getByLabel('CSV file').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(second.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(second.getByLabel('What column “pain” holds')).toHaveValue('pain');
  await expect(second.getByLabel('What column “localDate” holds')).toHaveValue('');
  await expect(second.getByLabel('What column “source” holds')).toHaveValue('');
  await second.getByRole('button', { name: 'Check the rows' }).click();
  await expect(second.getByRole('heading', { name: 'Check the rows' })).toBeVisible();
  await expect(
    second.getByText('3 rows: 3 ready to import, 0 already in your diary, 0 with problems.'),
  ).toBeVisible();
  await second.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(second.getByText('3 check-ins imported.')).toBeVisible();
  await second.getByRole('link', { name: 'See them in History' }).click();
  expect(await historyEntries(second)).toEqual(before);
  await context.close();
});

test('shows each bad row with its row number and imports nothing until she chooses', async ({ page }) => {
  await signUp(page);
  await page.goto('/data');
  const csv = 'Date,Pain (0-10),Sleep (hours)\n2026-03-01,4,7\n2026-03-02,12,6\n2026-03-03,5,7\n';
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'diary.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByLabel('What column “Date” holds')).toHaveValue('recordedAt');
  await expect(page.getByLabel('What column “Sleep (hours)” holds')).toHaveValue('sleepHours');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(
    page.getByText('3 rows: 2 ready to import, 0 already in your diary, 1 with problems.'),
  ).toBeVisible();
  const problems = page.getByRole('table', { name: 'Problems' });
  await expect(problems.getByRole('row').nth(1)).toHaveText(
    /^3\s*Pain \(0-10\)\s*Pain must be 10 or less\.$/,
  );
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await page.getByLabel('Import the 2 good rows and skip the rest').check();
  await importButton.click();
  await expect(page.getByText('2 check-ins imported. 1 row with problems skipped.')).toBeVisible();
});

test('on a new device, her questions never save over a profile the server could not give', async ({
  page,
  browser,
  pageErrors,
}) => {
  pageErrors.allow('the test makes the profile read fail', /status of 500.*\/api\/v1\/profile/);
  await signUp(page);
  const put = await page.request.put('/api/v1/profile', {
    data: { birthYear: 1979 },
    headers: { 'if-match': '"0"' },
  });
  expect(put.status()).toBe(200);
  // A new device: her session, nothing of hers kept on it yet.
  const device = await browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: { cookies: await page.context().cookies(), origins: [] },
  });
  const phone = await device.newPage();
  let puts = 0;
  await phone.route('**/api/v1/profile', (route) => {
    if (route.request().method() === 'PUT') puts++;
    return route.request().method() === 'GET'
      ? route.fulfill({
          status: 500,
          json: { error: { code: 'internal', message: 'Something went wrong.' } },
        })
      : route.continue();
  });
  await phone.goto('/data');
  await phone.getByLabel('Your questions').fill('Is my hip pain linked to the back?');
  await expect(
    phone.getByRole('status').filter({ hasText: "Can't reach your Spinekind server" }),
  ).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Save questions' })).toBeDisabled();
  expect(puts).toBe(0);
  await device.close();
  const profile = await (await page.request.get('/api/v1/profile')).json();
  expect(profile.profile.birthYear).toBe(1979);
});

test('saves her questions for the doctor and looks right at 390 and 1280 px', async ({ page }) => {
  await signUp(page);
  await page.goto('/data');
  await page.getByLabel('Your questions').fill('Is my hip pain linked to the back?');
  await page.getByRole('button', { name: 'Save questions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Questions saved.' })).toBeVisible();
  const profile = await (await page.request.get('/api/v1/profile')).json();
  expect(profile.profile.doctorQuestions).toBe('Is my hip pain linked to the back?');
  await page.screenshot({ path: 'docs/screenshots/data-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'docs/screenshots/data-1280.png', fullPage: true });
});
