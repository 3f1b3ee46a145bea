import { type Page, request } from '@playwright/test';
import { exportXml, exportZip, sampleExportXml } from '../packages/server/src/test/apple-health-fixtures';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PASSWORD, signUp } from './helpers';

const localDay = (page: Page, offset: number) =>
  page.evaluate((n) => {
    const d = new Date(Date.now() + n * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);

test('imports an Apple Health export.zip and shows what came in', async ({ page }) => {
  await signUp(page);
  await page.goto('/more');
  await page.getByRole('link', { name: 'Import from Apple Health' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import from Apple Health' })).toBeVisible();
  await expect(page.getByText('Export All Health Data')).toBeVisible();

  await page.getByLabel('Your export (export.zip or export.xml)').setInputFiles({
    name: 'export.zip',
    mimeType: 'application/zip',
    buffer: exportZip(sampleExportXml()),
  });
  await page.getByRole('button', { name: 'Import' }).click();

  const result = page.getByTestId('import-result');
  await expect(result.getByRole('heading', { name: 'Imported', exact: true })).toBeVisible();
  await expect(result).toContainText('Values for 2 days');
  await expect(result).toContainText('1 period added to your cycle log.');
  const table = result.getByRole('table', { name: 'Entries brought in, by kind' });
  await expect(table.getByRole('row', { name: 'Steps 4' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Sleep 2' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Hot flashes 4' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Lower back pain 2' })).toBeVisible();
  await expect(result).toContainText('11 entries were skipped');
  // The latest days, in words: the night of 15–16 January and its symptoms.
  await expect(result).toContainText(
    '3,000 steps, slept 7.5 h, no hot flashes, lower back pain (severe), fatigue, sleep changes, night sweats (moderate)',
  );
  await expect(result).toContainText(
    /2,000 steps, weight 69\.\d kg, waist 80 cm, 3 hot flashes, lower back pain \(moderate\), headache, mood changes/,
  );
  expect(await seriousViolations(page)).toEqual([]);

  // The imported period is in the cycle log.
  const periods = await (await page.request.get('/api/v1/periods')).json();
  expect(periods.items).toMatchObject([{ startDate: '2024-01-10', endDate: '2024-01-12', flow: 'heavy' }]);
});

test('shows recent imported days in History and explains a broken file', async ({ page, pageErrors }) => {
  pageErrors.allow(
    'the broken file is refused with a 400 on purpose',
    /status of 400.*\/api\/v1\/import\/apple-health/,
  );
  await signUp(page);
  const yesterday = await localDay(page, -1);
  await page.goto('/data/apple-health');
  const input = page.getByLabel('Your export (export.zip or export.xml)');
  await input.setInputFiles({
    name: 'export.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from(
      exportXml([
        {
          type: 'HKQuantityTypeIdentifierStepCount',
          value: '4321',
          unit: 'count',
          startDate: `${yesterday} 10:00:00 +0000`,
        },
      ]),
    ),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-result')).toContainText('4,321 steps');

  await page.goto('/history');
  const day = page.getByRole('region', { name: 'Yesterday' });
  await expect(day.getByRole('link', { name: 'From Apple Health: 4,321 steps' })).toBeVisible();

  await page.goto('/data/apple-health');
  await input.setInputFiles({
    name: 'export.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from('<?xml version="1.0"?><HealthData><Record type="x"></HealthData>'),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The import did not work' });
  await expect(alert).toContainText('not valid XML, so nothing was imported');
});

test('creates an access token after her password, shows it once, uses it from a script and revokes it', async ({
  page,
  context,
  baseURL,
  pageErrors,
}) => {
  pageErrors.allow(
    'this test types a wrong password first: 403 is the answer',
    /status of 403.*\/api\/v1\/tokens/,
  );
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signUp(page);
  await page.goto('/data');
  await page.getByRole('link', { name: 'Access tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Access tokens' })).toBeVisible();
  await expect(page.getByText('No tokens yet.')).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('iPhone Shortcut');
  await page.getByLabel('What it may do').selectOption('read_write');
  await expect(page.getByLabel('It works for')).toHaveValue('90');
  await page.getByLabel('Your password').fill('not my password at all');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('That password is not right, so no token was made.')).toBeVisible();
  await page.getByLabel('Your password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('This is the only time it is shown')).toBeVisible();
  const secret = await page.getByTestId('token-secret').inputValue();
  expect(secret).toMatch(/^sk_/);
  await page.getByRole('button', { name: 'Copy token' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Token copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  expect(await seriousViolations(page)).toEqual([]);

  // A script with only the token (no cookie) adds a check-in.
  const script = await request.newContext({ baseURL });
  const posted = await script.post('/api/v1/checkins', {
    headers: { authorization: `Bearer ${secret}` },
    data: { recordedAt: new Date().toISOString(), pain: 3, notes: 'from my Shortcut' },
  });
  expect(posted.status()).toBe(201);

  await page.getByRole('button', { name: 'I have copied it' }).click();
  await page.reload();
  const row = page.getByTestId('token');
  await expect(row).toContainText('iPhone Shortcut');
  await expect(row).toContainText('Read and add or change data');
  await expect(row).toContainText('last used');
  await expect(row).toContainText('expires');
  await expect(page.locator('body')).not.toContainText(secret);

  await page.getByRole('button', { name: 'Revoke the token iPhone Shortcut' }).click();
  await expect(page.getByText('Anything using it stops working straight away.')).toBeVisible();
  await page.getByRole('button', { name: 'Revoke it' }).click();
  await expect(page.getByText('No tokens yet.')).toBeVisible();
  const after = await script.get('/api/v1/me', { headers: { authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(401);
  await script.dispose();
});

test('privacy page: download everything, then clear this device', async ({ page }) => {
  await signUp(page);
  await page.goto('/more');
  await page.getByRole('link', { name: 'Privacy and your data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy and your data' })).toBeVisible();
  await expect(page.getByText('There are no analytics, adverts or trackers.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download everything (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^spinekind-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('heading', { name: 'Delete everything' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear this device and sign out' }).click();
  await expect(page).toHaveURL(/\/signin$/);
});
