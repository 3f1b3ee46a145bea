import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { msToNextReminder, seedBreakSettings, seedBreakWeek, seedDeskCheck } from './breaks-seed';
import { expect, test } from './fixtures';
import { signUp } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/**
 * A new user whose page clock the test moves, with reminders on every day, all day, every 10 minutes (the
 * shortest interval allowed).
 */
async function signUpWithShortBreaks(page: Page) {
  // 10:00 today on the page's clock, whatever the time of the run: the tests move it on by up to 20 minutes,
  // and "paused for today" ended at midnight under them when the suite ran at 23:45.
  const morning = new Date();
  morning.setHours(10, 0, 0, 0);
  await page.clock.install({ time: morning });
  await signUp(page);
  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Movement breaks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Movement breaks' })).toBeVisible();
  // Reminders off: the week shows counts only, and says when sitting times are estimated.
  const noEstimates = page.getByTestId('break-stats-no-estimates');
  await expect(noEstimates).toContainText('counting from the day you turn reminders on');
  await page.getByLabel('Remind me to move during work hours').check();
  await page.getByRole('checkbox', { name: 'Saturday' }).check();
  await page.getByRole('checkbox', { name: 'Sunday' }).check();
  await page.getByLabel('Work starts').fill('00:00');
  await page.getByLabel('Work ends').fill('23:59');
  await page.getByLabel('I take a lunch break').uncheck();
  await page.getByRole('radio', { name: 'My own interval' }).check();
  await page.getByLabel('Minutes between reminders').fill('10');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Break settings saved.')).toBeVisible();
  await expect(page.getByTestId('next-reminders').getByRole('listitem')).toHaveCount(5);
  await expect(noEstimates).toBeHidden();
}

const reminder = (page: Page) => page.getByTestId('break-reminder');

test('a break reminder comes at its time, Start opens the 2-minute routine and the break counts this week', async ({
  page,
}) => {
  await signUpWithShortBreaks(page);
  await expect(page.getByTestId('break-stats-summary')).toContainText('0 taken, 0 snoozed, 0 skipped');

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  const wait = await msToNextReminder(page);
  expect(wait).toBeLessThanOrEqual(20 * 60_000);
  await page.clock.fastForward(Math.max(0, wait - 5_000));
  await expect(reminder(page)).toBeHidden();
  await page.clock.fastForward(10_000);
  await expect(reminder(page)).toBeVisible();
  await expect(
    reminder(page).getByRole('heading', { name: 'Time to move — 2-minute routine' }),
  ).toBeFocused();

  const logged = page.waitForResponse((r) => r.url().endsWith('/api/v1/breaks/log') && r.status() === 201);
  await reminder(page).getByRole('button', { name: 'Start' }).click();
  const entry = (await (await logged).json()).entry;
  expect(entry).toMatchObject({ action: 'taken', routineId: expect.stringMatching(/^desk-/) });
  await expect(page).toHaveURL(new RegExp(`/move/play/${entry.routineId}$`));
  await expect(reminder(page)).toBeHidden();

  await page.goto('/breaks');
  await expect(page.getByTestId('break-stats-summary')).toContainText('1 taken, 0 snoozed, 0 skipped');
  await page.getByText('Show the numbers as a table').click();
  await expect(page.getByRole('row', { name: /^Today 1/ })).toBeVisible();
});

test('snoozing brings the reminder back 5 minutes later; skipping lets it go', async ({ page }) => {
  await signUpWithShortBreaks(page);
  await page.clock.fastForward((await msToNextReminder(page)) + 1_000);
  await expect(reminder(page)).toBeVisible();

  const snoozed = page.waitForRequest(
    (r) => r.url().endsWith('/api/v1/breaks/actions') && r.postDataJSON()?.type === 'snooze',
  );
  await reminder(page).getByRole('button', { name: 'Snooze 5 min' }).click();
  expect((await snoozed).postDataJSON()).toEqual({ type: 'snooze', minutes: 5 });
  await expect(reminder(page)).toBeHidden();

  await page.clock.fastForward(4 * 60_000);
  await expect(reminder(page)).toBeHidden();
  await page.clock.fastForward(60_000 + 1_000);
  await expect(reminder(page)).toBeVisible();
  await reminder(page).getByRole('button', { name: 'Skip' }).click();
  await expect(reminder(page)).toBeHidden();

  await page.reload();
  await expect(page.getByTestId('break-stats-summary')).toContainText('0 taken, 1 snoozed, 1 skipped');
});

test('pausing for today stops the reminders until she resumes, and stays paused after a reload', async ({
  page,
}) => {
  await signUpWithShortBreaks(page);
  const next = page.getByRole('region', { name: 'Next reminders' });
  await next.getByRole('button', { name: 'Pause for today' }).click();
  await expect(page.getByText('Paused for today.')).toBeVisible();
  await expect(next.getByText('Reminders are paused for the rest of today.')).toBeVisible();
  await expect(next.getByRole('button', { name: 'Skip the next one' })).toBeHidden();

  // No reminder comes while paused, and the page still says so after a reload.
  await page.clock.fastForward(15 * 60_000);
  await expect(reminder(page)).toBeHidden();
  await page.reload();
  await expect(next.getByText('Reminders are paused for the rest of today.')).toBeVisible();

  await next.getByRole('button', { name: 'Resume today' }).click();
  await expect(next.getByText('Reminders are paused for the rest of today.')).toBeHidden();
  await expect(next.getByRole('button', { name: 'Pause for today' })).toBeVisible();
});

test('the desk check gives three fixes in order and keeps the check in its history', async ({ page }) => {
  await signUp(page);
  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Desk check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Desk check' })).toBeVisible();

  const submit = page.getByRole('button', { name: 'See my result' });
  await submit.click();
  await expect(page.getByRole('alert')).toContainText('Please answer every question');

  // The second answer of every question is a less comfortable set-up (or "doesn't apply").
  const questions = page.locator('fieldset.question');
  const count = await questions.count();
  expect(count).toBeGreaterThan(8);
  for (let i = 0; i < count; i++) await questions.nth(i).getByRole('radio').nth(1).check();
  await expect(page.getByText(`${count} of ${count} answered`)).toBeVisible();
  await submit.click();

  const result = page.getByTestId('desk-result');
  await expect(result.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(result.getByText(/^Overall: \d+ out of 100$/)).toBeVisible();
  await expect(result.getByTestId('top-fixes').getByRole('listitem')).toHaveCount(3);
  const score = (await result.getByText(/^Overall:/).textContent())?.match(/\d+/)?.[0];
  await expect(page.getByTestId('desk-history').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('desk-history')).toContainText(
    new RegExp(`Today \\d\\d:\\d\\d( [AP]M)?${score}`),
  );

  await page.reload();
  await expect(page.getByTestId('desk-result').getByTestId('top-fixes').getByRole('listitem')).toHaveCount(3);
});

test('a sleep or travel checklist tick is kept after a reload', async ({ page }) => {
  await signUp(page);
  await page.goto('/setup');
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep and travel set-up' })).toBeVisible();
  const sleep = page.getByRole('region', { name: /^Sleep/ });
  const first = sleep.getByRole('checkbox').first();
  await expect(first).not.toBeChecked();
  const saved = page.waitForResponse((r) => r.url().includes('/api/v1/checklists/') && r.ok());
  await first.check();
  await saved;
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: /^Sleep/ })
      .getByRole('checkbox')
      .first(),
  ).toBeChecked();
});

for (const { width, colorScheme } of [
  { width: 390, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
] as const) {
  test(`breaks, the reminder, the desk check and set-up pass axe with their content loaded at ${width}px ${colorScheme}`, async ({
    browser,
  }) => {
    // Four pages, each scanned by axe: more than the default minute on a busy 2-core machine.
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.clock.install();
    await signUp(page);
    await seedBreakSettings(page);
    await seedBreakWeek(page);
    const found: Record<string, string[]> = {};
    await page.goto('/breaks');
    await expect(page.locator('.chart canvas')).toHaveCount(1);
    await page.getByText('Show the numbers as a table').click();
    await page.getByText('How to add it').click();
    found.breaks = await seriousViolations(page);
    await page.clock.fastForward((await msToNextReminder(page)) + 1_000);
    await expect(reminder(page)).toBeVisible();
    found.reminder = await seriousViolations(page);
    await reminder(page).getByRole('button', { name: 'Skip' }).click();
    await page.goto('/desk-check');
    await expect(page.getByText(/of \d+ answered/)).toBeVisible();
    found.deskForm = await seriousViolations(page);
    await seedDeskCheck(page, (i) => i % 3);
    await page.reload();
    await expect(page.getByTestId('top-fixes')).toBeVisible();
    found.deskResult = await seriousViolations(page);
    await page.goto('/setup');
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    found.setup = await seriousViolations(page);
    await context.close();
    expect(found).toEqual({ breaks: [], reminder: [], deskForm: [], deskResult: [], setup: [] });
  });
}
