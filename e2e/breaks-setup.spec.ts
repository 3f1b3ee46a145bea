import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { signUp } from './helpers';

// Issue #14, point 11: breaks are found and set up in one place. The device is in New York, so the
// time zone's default is visibly this device's and not the server's London.
test.use({ timezoneId: 'America/New_York' });

const savedSettings = async (page: Page) =>
  (await (await page.request.get('/api/v1/breaks/settings')).json()).settings as Record<string, unknown>;

const zoneField = (page: Page) => page.getByRole('combobox', { name: 'Time zone' });

for (const width of [390, 1280]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 800 } });

    test('Movement breaks opens from Move and from Today, and Back leads where she came from', async ({
      page,
    }) => {
      await signUp(page);
      const entry = page.getByRole('navigation', { name: 'Movement breaks' });
      await expect(entry.getByTestId('breaks-link-status')).toHaveText(
        'Off. Set up reminders to get up during work hours.',
      );
      await entry.getByRole('link', { name: 'Movement breaks' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Movement breaks' })).toBeVisible();
      await page.getByRole('link', { name: '← Today' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'How is your back today?' })).toBeVisible();

      await page.getByRole('link', { name: 'Move', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Move' })).toBeVisible();
      await page.getByRole('link', { name: 'Movement breaks' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Movement breaks' })).toBeVisible();
      await page.getByRole('link', { name: '← Move' }).click();
      await expect(page).toHaveURL(/\/move$/);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('Remind me saves at once, in this device’s time zone, and a reload shows it on', async ({
      page,
    }) => {
      await signUp(page);
      await page.goto('/breaks');
      const remindMe = page.getByRole('switch', { name: 'Remind me to move during work hours' });
      await expect(remindMe).not.toBeChecked();
      await expect(zoneField(page)).toHaveValue('America/New_York');
      await remindMe.check();
      await expect(page.getByText('Reminders are on.')).toBeVisible();
      await expect(page.getByTestId('remind-me-status')).toContainText('On. Saved');
      // Nothing else waits for Save.
      await expect(page.getByTestId('break-settings-status')).toHaveText('All changes saved.');
      await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
      expect(await savedSettings(page)).toMatchObject({ enabled: true, timeZone: 'America/New_York' });
      await page.reload();
      await expect(remindMe).toBeChecked();
      await expect(page.getByTestId('next-reminders').getByRole('listitem').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the two hourly modes have their own names and say when they come', async ({ page }) => {
      await signUp(page);
      await page.goto('/breaks');
      const fifty = page.getByRole('radio', { name: 'Every hour: 50 on, a 10-minute break' });
      const fullHour = page.getByRole('radio', { name: 'After each full hour of work' });
      await expect(fifty).toHaveAccessibleDescription(
        'Work 50 minutes, then take 10 to move and stretch. With your hours: 09:50, 10:50, 11:50…',
      );
      await expect(fullHour).toHaveAccessibleDescription(
        'Work a full hour, then a quick 2-minute routine. With your hours: 10:00, 11:00, 12:00…',
      );
      // The times follow her hours as she types them.
      await page.getByLabel('Work starts').fill('08:30');
      await expect(fullHour).toHaveAccessibleDescription(/09:30, 10:30, 11:30…$/);
      await fullHour.check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByText('Break settings saved.')).toBeVisible();
      expect(await savedSettings(page)).toMatchObject({ mode: 'hourly', start: '08:30' });
    });

    test('the time zone is a search with a clear error, and unsaved edits show, discard and ask before leaving', async ({
      page,
    }) => {
      await signUp(page);
      await page.goto('/breaks');
      const status = page.getByTestId('break-settings-status');
      await expect(status).toHaveText('All changes saved.');
      const options = await zoneField(page).evaluate(
        (el) => (el as HTMLInputElement).list?.options.length ?? 0,
      );
      expect(options).toBeGreaterThan(300);

      await zoneField(page).fill('tokyo');
      await expect(status).toHaveText('You have unsaved changes.');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByText('Break settings saved.')).toBeVisible();
      expect(await savedSettings(page)).toMatchObject({ timeZone: 'Asia/Tokyo' });

      await zoneField(page).fill('Atlantis');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(zoneField(page)).toHaveAccessibleDescription(/We don’t know that time zone/);
      await expect(zoneField(page)).toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('button', { name: 'Discard changes' }).click();
      await expect(zoneField(page)).toHaveValue('Asia/Tokyo');
      await expect(status).toHaveText('All changes saved.');
      await page.getByRole('button', { name: 'Use this device’s zone (America/New_York)' }).click();
      await expect(zoneField(page)).toHaveValue('America/New_York');

      // Leaving with an unsaved edit asks; staying keeps it, leaving lets it go.
      const questions: string[] = [];
      page.once('dialog', (d) => {
        questions.push(d.message());
        void d.dismiss();
      });
      await page.getByRole('link', { name: 'Today', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Movement breaks' })).toBeVisible();
      await expect(zoneField(page)).toHaveValue('America/New_York');
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('link', { name: 'Today', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'How is your back today?' })).toBeVisible();
      expect(questions).toEqual(['Your break settings have unsaved changes. Leave without saving them?']);
      expect(await savedSettings(page)).toMatchObject({ timeZone: 'Asia/Tokyo' });
    });

    test('no snooze is offered that would end after work', async ({ page }) => {
      // Wednesday 18 March 2026, 16:40 in New York; work ends at 16:54, a reminder every 10 minutes.
      await page.clock.install({ time: new Date('2026-03-18T16:40:00-04:00') });
      await signUp(page);
      const res = await page.request.put('/api/v1/breaks/settings', {
        data: {
          enabled: true,
          timeZone: 'America/New_York',
          workDays: [1, 2, 3, 4, 5],
          start: '09:00',
          end: '16:54',
          mode: 'custom',
          intervalMinutes: 10,
          standingDesk: false,
        },
      });
      expect(res.status()).toBe(200);
      await page.goto('/breaks');
      const today = page.getByRole('region', { name: 'Next reminders' });
      const snoozes = today.getByRole('button', { name: /^Snooze/ });
      await expect(snoozes).toHaveText(['Snooze 5 min', 'Snooze 10 min']);
      await page.clock.fastForward('06:00');
      await expect(snoozes).toHaveText(['Snooze 5 min']);
      // 16:50: the last reminder of the day comes, and a snooze would end after 16:54.
      await page.clock.fastForward('04:01');
      const reminder = page.getByTestId('break-reminder');
      await expect(reminder).toBeVisible();
      await expect(reminder.getByRole('button')).toHaveText(['Start', 'Skip']);
      await expect(snoozes).toHaveCount(0);
      await expect(today).toContainText('No snooze right now: it would end outside your work hours.');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
