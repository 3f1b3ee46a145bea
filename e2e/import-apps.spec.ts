import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { signUp } from './helpers';

const localDay = (page: Page, offset: number) =>
  page.evaluate((n) => {
    const d = new Date(Date.now() + n * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);

/** A Bearable export (current header) for yesterday: sleep, a symptom, a dose and a note with a comma. */
const bearableCsv = (day: string) =>
  [
    'date,date formatted,weekday,time of day,category,rating/amount,detail,notes',
    `"1st Jan 2000",${day},Monday,am,Sleep,7:30,,`,
    `"1st Jan 2000",${day},Monday,pm,Symptom,3,Back (lower) pain (Severe) | Headache (Mild),"Sore after gardening, rested"`,
    `"1st Jan 2000",${day},Monday,pm,Meds/Supplements,1,Ibuprofen 400mg,`,
  ].join('\n');

test('imports a Bearable export: dry run preview, import, then History shows the day from Bearable', async ({
  page,
}) => {
  await signUp(page);
  const yesterday = await localDay(page, -1);
  await page.goto('/data');
  await page.getByRole('link', { name: 'Import from another app' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import from another app' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Bearable/ })).toBeChecked();

  await page.getByLabel('Your export file').setInputFiles({
    name: 'bearable-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bearableCsv(yesterday)),
  });
  const preview = page.getByTestId('app-import-preview');
  await expect(preview.getByRole('heading', { name: 'What would come in' })).toBeVisible();
  await expect(preview).toContainText('New values: 3');
  await expect(preview.getByRole('row', { name: 'Lower back pain 1' })).toBeVisible();
  await expect(preview).toContainText(
    'Meds/Supplements entries (1): Spinekind keeps no medicines or doses from other apps',
  );
  expect(await seriousViolations(page)).toEqual([]);
  // The dry run saved nothing.
  const before = await (
    await page.request.get(`/api/v1/daily-metrics?from=${yesterday}&to=${yesterday}`)
  ).json();
  expect(before.items).toEqual([]);

  await preview.getByRole('button', { name: 'Import' }).click();
  const done = page.getByTestId('app-import-done');
  await expect(done).toContainText('3 new values from Bearable are in your history.');

  await done.getByRole('link', { name: 'See them in History' }).click();
  const day = page.getByRole('region', { name: 'Yesterday' });
  await expect(
    day.getByRole('link', { name: 'From Bearable: slept 7.5 h, lower back pain (severe), headache' }),
  ).toBeVisible();
  // Her own words from Bearable come along, beside that day.
  await expect(
    day.getByRole('link', { name: 'Your note in Bearable: Sore after gardening, rested' }),
  ).toBeVisible();
});
