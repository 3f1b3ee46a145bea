import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { signUp } from './helpers';

/** One row per measurement, with mood on a 1–5 scale (the header does not say so; the values do). */
const longCsv = [
  'date,measure,value',
  '2026-03-01,Pain,4',
  '2026-03-01,Mood,2',
  '2026-03-02,Pain,6',
  '2026-03-02,Mood,5',
  '2026-03-03,Pain,3',
  '2026-03-03,Mood,4',
].join('\n');

test('a long file becomes one check-in per date; a 1–5 column is asked about, by keyboard too', async ({
  page,
}) => {
  await signUp(page);
  await page.goto('/data');
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(longCsv) });
  await expect(
    page.getByText(
      'Your file has one row per measurement (Pain, Mood). Measurements with the same date and time become one check-in.',
    ),
  ).toBeVisible();
  await expect(page.getByLabel('What column “Pain” holds')).toHaveValue('pain');
  await expect(page.getByLabel('What column “Mood” holds')).toHaveValue('mood');
  await page.getByRole('button', { name: 'Check the rows' }).click();

  const question = page.getByRole('group', {
    name: 'Column “Mood” goes into Mood (0–10). How should it be read?',
  });
  await expect(question).toBeVisible();
  await expect(question).toContainText('Its values go from 2 to 5');
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);

  // Keyboard only: focus the first answer and choose it with the space bar.
  const convert = question.getByRole('radio', { name: /It is a 1–5 scale: convert it to 0–10/ });
  await convert.focus();
  await page.keyboard.press('Space');
  await expect(convert).toBeChecked();
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByText('3 check-ins imported.')).toBeVisible();

  const saved = await (await page.request.get('/api/v1/checkins?from=2026-03-01&to=2026-03-03')).json();
  expect(saved.items.map((c: { pain: number; mood: number }) => [c.pain, c.mood])).toEqual([
    [4, 3],
    [6, 10],
    [3, 8],
  ]);
});

/** A FHIR Bundle with one pain score (LOINC 72514-3) yesterday morning, and the same observation again. */
const painBundle = (day: string) => {
  const pain = {
    resourceType: 'Observation',
    id: 'pain-1',
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
    effectiveDateTime: `${day}T08:15:00+00:00`,
    valueQuantity: { value: 6, system: 'http://unitsofmeasure.org', code: '{score}' },
  };
  return JSON.stringify({ resourceType: 'Bundle', entry: [{ resource: pain }, { resource: pain }] });
};

test('a FHIR pain score shows as a check-in in the preview and lands in her diary', async ({ page }) => {
  await signUp(page);
  const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  await page.goto('/data');
  await page.getByRole('link', { name: 'Import from another app' }).click();
  await page.getByRole('radio', { name: /FHIR file/ }).check();
  await page.getByLabel('Your export file').setInputFiles({
    name: 'pain.json',
    mimeType: 'application/json',
    buffer: Buffer.from(painBundle(day)),
  });
  const preview = page.getByTestId('app-import-preview');
  await expect(preview).toContainText('New check-ins with a pain score, at the time it was noted: 1');
  await expect(preview.getByRole('row', { name: 'Pain scores 1' })).toBeVisible();
  await expect(preview).toContainText('Repeated pain scores (1)');
  expect(await seriousViolations(page)).toEqual([]);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('app-import-done')).toContainText(
    'New check-ins with a pain score, at the time it was noted: 1',
  );
  const saved = await (await page.request.get(`/api/v1/checkins?from=${day}&to=${day}`)).json();
  expect(saved.items.map((c: { pain: number; recordedAt: string }) => [c.pain, c.recordedAt])).toEqual([
    [6, `${day}T08:15:00.000Z`],
  ]);
});
