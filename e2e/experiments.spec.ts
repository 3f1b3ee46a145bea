import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { addDays, experimentSchedule } from '@spinekind/core';
import { seriousViolations as axe } from './axe';
import { expect, test } from './fixtures';
import { goOffline, goOnline, signUp, skipWelcome, waitForServiceWorker } from './helpers';

test.describe.configure({ timeout: 180_000 });

const localToday = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};
const zone = () => `timeZone=${encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)}`;

async function serverExperiments(page: Page) {
  const res = await page.request.get(`/api/v1/experiments?${zone()}`);
  expect(res.status()).toBe(200);
  return (await res.json()).items as {
    id: string;
    schedule: { condition: string }[];
    adherence: { date: string; followed: boolean }[];
  }[];
}

/**
 * A finished morning-routine experiment (2 pairs of 3 days, ended 3 days ago) restored from a backup,
 * with a check-in and "followed" on every day: pain 3 on "try it" days and 5 on "as usual" days.
 */
async function seedFinished(page: Page) {
  const startDate = addDays(localToday(), -14);
  const design = { startDate, periodDays: 3, pairs: 2, washoutDays: 0, seed: 7 };
  const schedule = experimentSchedule(design);
  const days = schedule.flatMap((p) =>
    [0, 1, 2].map((i) => ({ date: addDays(p.start, i), condition: p.condition })),
  );
  const now = new Date().toISOString();
  const res = await page.request.post('/api/v1/import', {
    data: {
      format: 'spinekind-backup',
      version: 1,
      experiments: [
        {
          id: randomUUID(),
          templateId: 'morning-routine',
          title: 'Morning routine',
          question: 'Does the 5-minute morning routine ease my back pain?',
          intervention: 'Do the 5-minute morning mobility routine soon after you get up.',
          control: 'Start your morning as you usually do, without the routine.',
          ...design,
          endDate: schedule.at(-1)?.end,
          outcome: 'pain',
          schedule,
          adherence: days.map((d) => ({ date: d.date, followed: true })),
          stoppedAt: null,
          createdAt: now,
          updatedAt: now,
        },
      ],
      checkins: days.map((d, i) => ({
        id: randomUUID(),
        recordedAt: `${d.date}T19:00:00Z`,
        pain: (d.condition === 'intervention' ? 3 : 5) + (i % 2),
        createdAt: now,
        updatedAt: now,
      })),
    },
  });
  expect(res.status(), await res.text()).toBe(200);
}

test('sets up the morning-routine experiment, sees today’s condition on Today and logs that she followed it', async ({
  page,
}) => {
  await signUp(page);
  await skipWelcome(page);
  await page.goto('/experiments');
  await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up: Morning routine' }).click();
  await expect(page.getByRole('heading', { name: 'Set up: Morning routine' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why a random order?' })).toBeVisible();
  await expect(page.getByText('tosses a coin for each pair of periods', { exact: false })).toBeVisible();
  await expect(page.getByText('It runs 42 days', { exact: false })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Start the experiment' }).click();

  const card = page.getByRole('region', { name: 'Morning routine' });
  await expect(card.getByText('Running')).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(card.getByText('5 more periods to come', { exact: false })).toBeVisible();
  const [experiment] = await serverExperiments(page);
  const condition = experiment?.schedule[0]?.condition === 'intervention' ? 'Try it' : 'As usual';
  await page.screenshot({
    animations: 'disabled',
    path: 'docs/screenshots/experiments-running-1280.png',
    fullPage: true,
  });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const today = page.getByTestId('today-experiment');
  await expect(today.getByTestId('experiment-condition')).toHaveText(`Today’s plan: ${condition}`);
  await today.getByRole('button', { name: 'Yes, I did' }).click();
  await expect(today.getByRole('status')).toHaveText('Saved. Thank you.');
  await expect(today.getByRole('button', { name: 'Yes, I did' })).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => (await serverExperiments(page))[0]?.adherence)
    .toEqual([{ date: localToday(), followed: true }]);
  expect(await axe(page)).toEqual([]);
});

test('refuses a custom experiment about a medicine and says why', async ({ page, pageErrors }) => {
  pageErrors.allow(
    'the server refuses the medicine experiment with 400 (the test provokes it)',
    /status of 400/,
  );
  await signUp(page);
  await page.goto('/experiments');
  await page.getByRole('button', { name: 'Set up: Test your own idea' }).click();
  await page.getByLabel('What are you testing?').fill('Morning tablets');
  await page.getByLabel('On “try it” days I will…').fill('Take 400 mg ibuprofen after breakfast');
  await page.getByLabel('On “as usual” days I will…').fill('Breakfast as usual');
  await page.getByRole('button', { name: 'Start the experiment' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('looks like it is about a medicine, supplement or dose');
  await expect(alert).toContainText('“ibuprofen” sounds like a medicine or supplement');
  // What she typed stays, so she can re-word it.
  await expect(page.getByLabel('What are you testing?')).toHaveValue('Morning tablets');
  expect(await serverExperiments(page)).toEqual([]);
});

test('on a phone: logs adherence offline through the outbox, and reads a finished result with its chart and table', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signUp(page);
  await skipWelcome(page);
  const created = await page.request.post(`/api/v1/experiments?${zone()}`, {
    data: { id: randomUUID(), templateId: 'evening-relaxation', startDate: localToday() },
  });
  expect(created.status()).toBe(201);
  await seedFinished(page);
  await waitForServiceWorker(page);
  await page.reload();
  const today = page.getByTestId('today-experiment');
  await expect(today.getByRole('heading', { name: 'Evening relaxation' })).toBeVisible();

  await goOffline(context);
  await today.getByRole('button', { name: 'Not today' }).click();
  await expect(today.getByRole('status')).toHaveText('Saved. Days off the plan are simply left out.');
  await goOnline(context);
  await expect
    .poll(async () => (await serverExperiments(page)).find((e) => e.adherence.length)?.adherence, {
      timeout: 60_000,
    })
    .toEqual([{ date: localToday(), followed: false }]);

  await page.goto('/experiments');
  const finished = page.getByRole('region', { name: 'Morning routine' });
  await expect(finished.getByText('Finished')).toBeVisible();
  const result = finished.getByTestId('experiment-result');
  await expect(result.getByRole('heading', { name: 'Final result' })).toBeVisible();
  await expect(result).toContainText('Your pain was');
  await result.getByText('Show as table').click();
  await expect(result.getByRole('table')).toContainText('Try it');
  expect(await axe(page)).toEqual([]);
  await page.screenshot({
    animations: 'disabled',
    path: 'docs/screenshots/experiments-390.png',
    fullPage: true,
  });
  await context.close();
});
