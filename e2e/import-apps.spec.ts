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

test('History says where an imported check-in and period came from; her own entries say nothing of the kind', async ({
  page,
}) => {
  await signUp(page);
  const yesterday = await localDay(page, -1);
  const periodStart = await localDay(page, -3);
  const offset = await page.evaluate(() => {
    const m = -new Date().getTimezoneOffset();
    const abs = Math.abs(m);
    return `${m < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  });
  const fhir = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Observation',
          id: 'morning',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
          effectiveDateTime: `${yesterday}T08:15:00${offset}`,
          valueInteger: 6,
        },
      },
    ],
  };
  const clue = [{ date: periodStart, type: 'period', value: { option: 'medium' } }];
  for (const [source, body] of [
    ['fhir', fhir],
    ['clue', clue],
  ] as const) {
    const res = await page.request.post(`/api/v1/import/${source}?dryRun=false`, {
      data: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status()).toBe(200);
  }
  await page.request.post('/api/v1/checkins', {
    data: { id: crypto.randomUUID(), recordedAt: `${yesterday}T18:00:00${offset}`, pain: 3 },
  });

  await page.goto('/history');
  const day = page.getByRole('region', { name: 'Yesterday' });
  const entries = day.getByTestId('checkin-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: 'Pain 6' })).toContainText('Imported from a FHIR file');
  await expect(entries.filter({ hasText: 'Pain 3' })).not.toContainText('Imported');
  await expect(page.getByRole('link', { name: 'Period started · Imported from Clue' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
