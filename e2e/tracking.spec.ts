import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { checkinGroups, openCheckinGroups, painRadio, serverCheckins, signUp } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

const group = (page: Page, name: string) => page.getByRole('region', { name });
const yes = (page: Page, question: string) =>
  page.getByRole('group', { name: question }).getByRole('radio', { name: 'Yes' }).check();

test('a full check-in on a phone records every group, in the units of the profile', async ({ page }) => {
  await signUp(page);
  expect(
    (await page.request.put('/api/v1/profile', { data: { weightUnit: 'lb', lengthUnit: 'in' } })).status(),
  ).toBe(200);
  const tracker = await (
    await page.request.post('/api/v1/trackers', { data: { name: 'Steps', kind: 'number', unit: 'steps' } })
  ).json();
  await page.reload();

  await painRadio(page, 6).click();
  await page.locator('[data-area="lower_back_right"]').click();
  await openCheckinGroups(page, 'pain', 'sleep', 'body', 'measures', 'mood', 'day');
  await group(page, checkinGroups.pain).getByLabel('Morning stiffness (minutes)').fill('40');
  await page.getByLabel('Hours of sleep').fill('5.5');
  await page.getByLabel('Times you woke in the night').fill('3');
  await yes(page, 'Night sweats?');
  await page.getByLabel('Hot flashes today').fill('7');
  await page.getByLabel('Bleeding today').selectOption('light');
  await page.getByLabel('Weight (lb)').fill('150');
  await page.getByLabel('Waist (in)').fill('33');
  await group(page, checkinGroups.mood)
    .getByRole('radiogroup', { name: 'Stress' })
    .getByRole('radio', { name: '8' })
    .click();
  await page.getByLabel('Active minutes (walking, exercise)').fill('25');
  await page.getByLabel('Hours sitting').fill('7');
  await page.getByLabel('Glasses of water').fill('5');
  await page.getByRole('checkbox', { name: 'Oily fish' }).check();
  await page.getByRole('checkbox', { name: 'Caffeine after noon' }).check();
  await page.getByLabel('Steps (steps)').fill('6400');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect.poll(async () => (await serverCheckins(page)).length).toBe(1);

  const [saved] = await serverCheckins(page);
  expect(saved).toMatchObject({
    pain: 6,
    bodyAreas: ['lower_back_right'],
    stiffnessMinutes: 40,
    sleepHours: 5.5,
    nightWakings: 3,
    nightSweats: true,
    hotFlushes: 7,
    bleeding: 'light',
    weightKg: 68,
    waistCm: 83.8,
    stress: 8,
    activityMinutes: 25,
    sittingHours: 7,
    waterGlasses: 5,
    foods: ['oily_fish', 'caffeine_after_noon'],
    custom: { [tracker.tracker.id]: 6400 },
  });
});

test('a group pinned open is remembered on the next visit, and unpinned it starts closed again', async ({
  page,
}) => {
  await signUp(page);
  const day = page.getByRole('button', { name: checkinGroups.day, exact: true });
  await expect(day).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Glasses of water')).toHaveCount(0);
  await openCheckinGroups(page, 'day');
  await group(page, checkinGroups.day).getByRole('checkbox', { name: 'Keep this open next time' }).check();
  const pinned = async () =>
    (await (await page.request.get('/api/v1/profile')).json()).profile.pinnedCheckinGroups;
  await expect.poll(pinned).toEqual(['day']);
  await page.reload();
  await expect(day).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Glasses of water')).toBeVisible();
  await group(page, checkinGroups.day).getByRole('checkbox', { name: 'Keep this open next time' }).uncheck();
  await expect.poll(pinned).toEqual([]);
  await page.reload();
  await expect(day).toHaveAttribute('aria-expanded', 'false');
});

test('the profile saves every answer and explains why it asks', async ({ page }) => {
  await signUp(page);
  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();
  await expect(page.getByText('Why we ask: So we can show the right emergency number.')).toBeVisible();
  await page.getByLabel('Year of birth').fill('1979');
  await page.getByLabel('Country').selectOption('GB');
  await page.getByLabel('Has a bone scan or doctor told you about your bones?').selectOption('osteoporosis');
  await yes(page, 'Do you take HRT?');
  await page.getByLabel('When did you start HRT?').fill('2025-11-10');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();
  const { profile } = await (await page.request.get('/api/v1/profile')).json();
  expect(profile).toMatchObject({
    birthYear: 1979,
    country: 'GB',
    boneHealth: 'osteoporosis',
    hrt: true,
    hrtStartDate: '2025-11-10',
  });

  // The safety check starts from what the profile says, and does not ask it again.
  await page.goto('/screening');
  await expect(page.getByRole('group', { name: /told you have osteoporosis/ })).toContainText(
    'Yes · from your profile',
  );
});

test('logs periods and sees cycle lengths and a stage estimate', async ({ page }) => {
  await signUp(page);
  await page.goto('/cycle');
  await expect(page.getByTestId('stage')).toHaveText('Not enough to say yet');
  for (const [start, end, written] of [
    ['2026-01-02', '2026-01-06', '2 Jan 2026'],
    ['2026-01-30', '2026-02-03', '30 Jan 2026'],
    ['2026-02-27', '2026-03-03', '27 Feb 2026'],
    ['2026-03-27', '2026-03-31', '27 Mar 2026'],
  ] as const) {
    await page.getByLabel('First day').fill(start);
    await page.getByLabel('Last day (optional)').fill(end);
    await page.getByRole('button', { name: 'Add period' }).click();
    await expect(page.getByRole('button', { name: `Delete the period from ${written}` })).toBeVisible();
  }
  await expect(page.getByRole('cell', { name: '28 days' }).first()).toBeVisible();
  // The last period ended long before today, so the estimate reads 60+ days without bleeding.
  await expect(page.getByTestId('stage')).toHaveText(/Possibly (late menopause transition|after menopause)/);
  await expect(page.getByText(/an estimate, not a diagnosis/i).first()).toBeVisible();
});

test('answers the MRS and sees the score, band and chart', async ({ page }) => {
  await signUp(page);
  await expect(page.getByRole('heading', { name: 'Due today' })).toBeVisible();
  await page.getByRole('link', { name: 'Menopause Rating Scale (MRS)' }).click();
  const answers = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0];
  const labels = ['None', 'Mild', 'Moderate', 'Severe', 'Very severe'];
  const items = page.getByRole('group').filter({ has: page.getByRole('radio', { name: 'Very severe' }) });
  await expect(items).toHaveCount(11);
  for (const [i, a] of answers.entries()) {
    await items
      .nth(i)
      .getByRole('radio', { name: labels[a] as string, exact: true })
      .check();
  }
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByTestId('latest-score')).toHaveText('Score 20 · Severe');
  await expect(page.getByText('Body 3 (mild) · Mind 8 (severe) · Bladder and sex 9 (severe)')).toBeVisible();
  await expect(page.locator('.chart canvas')).toHaveCount(1);
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('link', { name: 'Menopause Rating Scale (MRS)' })).toHaveCount(0);
});

test('treatments and own trackers: add, stop, archive, and see them on the day timeline', async ({
  page,
}) => {
  await signUp(page);
  await page.goto('/treatments');
  await page.getByLabel('Kind').selectOption('massage');
  await page.getByLabel('Name').fill('Massage at the clinic');
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await expect(page.getByTestId('treatment')).toContainText('Massage at the clinic');
  await page.getByRole('button', { name: 'Mark Massage at the clinic as stopped today' }).click();
  await expect(page.getByTestId('treatment')).toContainText(' to ');

  await page.goto('/trackers');
  await page.getByLabel('Name').fill('Wore heels');
  await page.getByLabel('Kind of answer').selectOption('boolean');
  await page.getByRole('button', { name: 'Save tracker' }).click();
  await expect(page.getByRole('button', { name: 'Archive Wore heels' })).toBeVisible();

  await page.goto('/');
  await painRadio(page, 3).click();
  await openCheckinGroups(page, 'day');
  await page.getByRole('group', { name: 'Wore heels' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  // "All saved" may still be the badge from before the save: wait for the server to have it.
  await expect.poll(async () => Object.values((await serverCheckins(page))[0]?.custom ?? {})).toEqual([true]);

  await page.getByRole('link', { name: 'History' }).click();
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today.getByRole('link', { name: 'Started Massage at the clinic' })).toBeVisible();
  await expect(today.getByRole('link', { name: 'Stopped Massage at the clinic' })).toBeVisible();
  await expect(today.getByTestId('checkin-entry')).toContainText('Pain 3');
});

test('archiving an own tracker takes it off the check-in, and Undo brings it back', async ({ page }) => {
  await signUp(page);
  await page.goto('/trackers');
  await page.getByLabel('Name').fill('Wore heels');
  await page.getByLabel('Kind of answer').selectOption('boolean');
  await page.getByRole('button', { name: 'Save tracker' }).click();
  await page.getByRole('button', { name: 'Archive Wore heels' }).click();
  await expect(page.getByText('Wore heels archived. Its past answers stay in your entries.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive Wore heels' })).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Wore heels is back in your check-in.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive Wore heels' })).toBeVisible();

  await page.goto('/');
  await openCheckinGroups(page, 'day');
  await expect(page.getByRole('group', { name: 'Wore heels' })).toBeVisible();
});
