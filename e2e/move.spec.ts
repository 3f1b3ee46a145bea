import type { Browser, Page } from '@playwright/test';
import { seriousViolations as axe } from './axe';
import { expect, test } from './fixtures';
import { goOffline, goOnline, signUp, waitForServiceWorker } from './helpers';

// The routine player runs on elapsed time read from performance.now(), so Playwright's fake
// clock (installed before sign-up) can pause it and run whole routines in a moment.

async function phone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.clock.install();
  await signUp(page);
  return { context, page };
}

/** Stops the page's clock, so only `runFor` moves the player from here on. */
async function pauseClock(page: Page) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
}

const painScale = (page: Page, legend: string, score: number) =>
  page.getByRole('radiogroup', { name: legend }).getByRole('radio', { name: new RegExp(`^${score}\\b`) });

async function startRoutine(page: Page, name: string, painBefore: number) {
  await page.getByRole('link', { name: 'Move', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Move' })).toBeVisible();
  await page
    .getByRole('link', { name: `Start ${name}` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await painScale(page, 'Pain right now', painBefore).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('player')).toBeVisible();
  await pauseClock(page);
}

/** Runs the clock a second at a time until the progress line reads `text`. */
async function runUntil(page: Page, text: string, maxSeconds = 600) {
  const progress = page.getByTestId('player-progress');
  for (let s = 0; s < maxSeconds; s++) {
    if ((await progress.textContent())?.includes(text)) return;
    await page.clock.runFor(1000);
  }
  throw new Error(`the player never reached "${text}"`);
}

async function rateAndSave(page: Page, painAfter: number) {
  await expect(page.getByRole('heading', { name: 'How did that go?' })).toBeVisible();
  await painScale(page, 'Pain now', painAfter).check();
  await painScale(page, 'Effort', 5).check();
  await page.getByRole('radio', { name: 'About right' }).check();
  await page.getByRole('button', { name: 'Save session' }).click();
}

async function serverSessions(page: Page) {
  const res = await page.request.get('/api/v1/sessions');
  expect(res.status()).toBe(200);
  return (await res.json()).items as {
    routineId: string;
    painBefore: number;
    painAfter: number;
    effort: number;
    rating: string;
    exercises: { exerciseId: string; done: boolean; reps?: number | null; seconds?: number | null }[];
  }[];
}

test('a new user plays the morning routine on a fast clock, skips one exercise, rates it and finds it in History', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  await startRoutine(page, 'Morning mobility', 4);

  const progress = page.getByTestId('player-progress');
  await expect(progress).toContainText('Exercise 1 of');
  const total = Number((await progress.textContent())?.match(/Exercise 1 of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(3);
  await expect(page.getByTestId('player-phase')).toHaveText('Get ready');
  const first = (await page.getByTestId('player-exercise').textContent()) ?? '';
  await page.clock.runFor(5000);
  await expect(page.getByTestId('player-announcer')).toHaveText(
    new RegExp(`^Exercise 1 of ${total}: ${first}\\.`),
  );

  // The first exercise runs its course on the clock alone.
  await runUntil(page, `Exercise 2 of ${total}`);
  await expect(page.getByTestId('player-phase')).toHaveText('Get ready');
  await page.getByRole('button', { name: 'Skip rest' }).click();
  const second = (await page.getByTestId('player-exercise').textContent()) ?? '';
  await page.getByRole('button', { name: 'Skip this exercise' }).click();
  await expect(progress).toContainText(`Exercise 3 of ${total}`);
  await expect(page.getByTestId('player-exercise')).not.toHaveText(second);

  // The rest of the routine, in one go.
  await page.clock.runFor(15 * 60_000);
  await expect(page.getByTestId('session-summary')).toHaveText(`You did ${total - 1} of ${total} exercises.`);
  // axe waits on timers, so the clock runs normally again from here.
  await page.clock.resume();
  expect(await axe(page)).toEqual([]);
  await rateAndSave(page, 3);
  await expect(page.getByRole('heading', { name: 'Session saved' })).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');

  // The badge can still say "All saved" from before the save for a moment: wait for the server's copy.
  await expect.poll(async () => (await serverSessions(page)).length).toBe(1);
  const [session] = await serverSessions(page);
  expect(session).toMatchObject({
    routineId: 'morning-5',
    painBefore: 4,
    painAfter: 3,
    effort: 5,
    rating: 'about_right',
  });
  expect(session?.exercises.map((e) => e.done)).toEqual([...Array(total).keys()].map((i) => i !== 1));
  expect(session?.exercises[0]?.seconds ?? session?.exercises[0]?.reps).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'See it in History' }).click();
  await expect(page.getByRole('link', { name: /^Morning mobility · \d+ min · pain 4 → 3$/ })).toBeVisible();
  await context.close();
});

test('the keyboard pauses, resumes, skips and goes back', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await startRoutine(page, 'Desk break: shoulders and neck', 2);
  await page.clock.runFor(5000);
  const progress = page.getByTestId('player-progress');
  await expect(progress).toContainText('Exercise 1 of 3');

  await page.keyboard.press('Space');
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await expect(page.getByTestId('player-announcer')).toHaveText('Paused.');
  const shown = await page.getByTestId('player').locator('.player-timer').textContent();
  await page.clock.runFor(20_000);
  await expect(page.getByTestId('player').locator('.player-timer')).toHaveText(shown ?? '');
  // Paused, the player holds still while axe (which waits on timers) runs on a live clock.
  await page.clock.resume();
  expect(await axe(page)).toEqual([]);
  await pauseClock(page);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('player-toggle')).toHaveText('Pause');

  await page.keyboard.press('ArrowRight');
  await expect(progress).toContainText('Exercise 2 of 3');
  await page.keyboard.press('ArrowLeft');
  await expect(progress).toContainText('Exercise 1 of 3');
  await expect(page.getByTestId('player-phase')).not.toHaveText('Get ready');
  await context.close();
});

test('a session played offline is kept on the device and reaches the server exactly once', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  await waitForServiceWorker(page);
  await goOffline(context);
  await page.goto('/move/play/desk-stand-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Desk break: stand up and move' })).toBeVisible();
  await painScale(page, 'Pain right now', 5).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await pauseClock(page);
  await page.clock.runFor(10 * 60_000);
  await rateAndSave(page, 4);
  await page.clock.resume();
  await expect(
    page.getByText("Session saved on this device. It will sync when you're back online."),
  ).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText('Offline · 1 waiting');

  await page.goto('/history');
  const line = page.getByRole('link', { name: /^Desk break: stand up and move · \d+ min · pain 5 → 4/ });
  await expect(line).toContainText('waiting to sync');
  await page.reload();
  await expect(line).toContainText('waiting to sync');

  await goOnline(context);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await expect(line).not.toContainText('waiting to sync');
  expect(await serverSessions(page)).toHaveLength(1);
  await page.reload();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  expect(await serverSessions(page)).toHaveLength(1);
  await context.close();
});

test('with osteoporosis in the profile, the library shows bone-safe exercises and says why', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  const res = await page.request.put('/api/v1/profile', { data: { boneHealth: 'osteoporosis' } });
  expect(res.status()).toBe(200);
  await page.goto('/move/library');
  await expect(page.getByTestId('bone-note')).toContainText('Your profile says osteoporosis');
  const safeOnly = page.getByRole('checkbox', { name: 'Only bone-safe exercises' });
  await expect(safeOnly).toBeChecked();
  await expect(page.getByText('Not advised with fragile bones')).toHaveCount(0);
  const safeCount = await page.getByTestId('library-count').textContent();
  await safeOnly.uncheck();
  await expect(page.getByTestId('library-count')).not.toHaveText(safeCount ?? '');

  // A built-in routine with a twist in it plays the bone-safe alternative instead, and says so.
  await page.goto('/move/routines/travel-stretch-5');
  await expect(page.getByTestId('bone-note')).toBeVisible();
  await expect(page.getByText('Seated twist is swapped for Chair back extension.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Seated twist/ })).toHaveCount(0);

  await page.goto('/move/library');
  await page.getByLabel('Search exercises').fill('bird');
  await page.getByRole('link', { name: /Bird dog/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bird dog' })).toBeVisible();
  await expect(page.getByRole('img', { name: /./ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to do it' })).toBeVisible();
  await context.close();
});

test('a saved weekly plan shows on Move and Today, and her own exercise goes into a routine she can play', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  await page.goto('/move/plan');
  await expect(page.getByText('A suggested plan is filled in.')).toBeVisible();
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Plan saved.')).toBeVisible();

  await page.goto('/move');
  const plan = page.getByTestId('today-plan');
  await expect(plan.getByTestId('plan-item').filter({ hasText: 'Morning mobility' })).toBeVisible();
  await expect(plan.getByRole('link', { name: 'Start Morning mobility' })).toBeVisible();
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('region', { name: "Today's movement" })).toContainText('Morning mobility');

  await page.goto('/move/custom');
  await page.getByLabel('Name', { exact: true }).fill('Heel slides from my physio');
  await page.getByLabel('Steps').fill('Lie on your back.\nSlide one heel away and back.');
  await page.getByRole('button', { name: 'Add exercise' }).first().click();
  await expect(page.getByTestId('custom-exercise')).toContainText('Heel slides from my physio');

  await page.getByLabel('Routine name').fill('My physio routine');
  await page.getByLabel('Exercise to add').selectOption({ label: 'Heel slides from my physio (Yours)' });
  await page.getByRole('button', { name: 'Add exercise', exact: true }).last().click();
  await page.getByLabel('Exercise to add').selectOption({ label: 'Bird dog' });
  await page.getByRole('button', { name: 'Add exercise', exact: true }).last().click();
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByTestId('custom-routine')).toContainText('2 exercises');
  await page.getByRole('link', { name: 'Play My physio routine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My physio routine' })).toBeVisible();
  await painScale(page, 'Pain right now', 2).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('player-exercise')).toHaveText('Heel slides from my physio');
  await expect(page.getByTestId('player-progress')).toContainText('Exercise 1 of 2');
  await context.close();
});
