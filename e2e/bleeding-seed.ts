import { expect, type Page } from '@playwright/test';
import { openCheckinGroups } from './helpers';

/** The first words of core's fixed advice (bleeding-check spec §5). */
export const AFTER_MENOPAUSE_ADVICE =
  'Bleeding or spotting after your periods have stopped for 12 months should always be checked by a doctor.';
export const HRT_ADVICE =
  'This bleeding is outside the pattern expected on your HRT, so it should be checked.';
export const AGE_LINE = 'At 55 or over, ask for an appointment as soon as you can.';

/** The device's local date `days` from today, `YYYY-MM-DD`, as the page sees it. */
export function localDay(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A woman born in 1969 whose last logged period was 14 months ago (5 days, medium), with any extra
 * profile answers; reloads so the app reads the profile and the period log onto the device.
 */
export async function seedLastPeriod14MonthsAgo(page: Page, profile: Record<string, unknown> = {}) {
  const put = await page.request.put('/api/v1/profile', { data: { birthYear: 1969, ...profile } });
  expect(put.status()).toBe(200);
  const period = await page.request.post('/api/v1/periods', {
    data: { startDate: localDay(-426), endDate: localDay(-422), flow: 'medium' },
  });
  expect(period.status()).toBe(201);
  await page.reload();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  // Today keeps copies of the period log and the cycle answer on the device for the offline check.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('spinekind');
            open.onsuccess = () => {
              const req = open.result.transaction('cached').objectStore('cached').getAllKeys();
              req.onsuccess = () =>
                resolve((req.result as string[]).filter((k) => k === 'cycle' || k === 'resource:periods'));
            };
          }),
      ),
    )
    .toHaveLength(2);
}

/** Logs a check-in with spotting from Today (pain 3, the bleeding question in "Add bleeding and hot flashes"). */
export async function logSpotting(page: Page) {
  await page.getByRole('radiogroup', { name: 'Pain right now' }).getByRole('radio', { name: /^3\b/ }).click();
  await openCheckinGroups(page, 'body');
  await page.getByLabel('Bleeding today').selectOption('spotting');
  await page.getByRole('button', { name: 'Save check-in' }).click();
}
