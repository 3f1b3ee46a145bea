import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signUp } from './helpers';
import { seedInsights } from './insights-seed';

// Guided relaxation (issue #17, point 5) and lessons in context (point 3). The player runs on
// performance.now(), so Playwright's fake clock plays it; speech is recorded by a stand-in for
// window.speechSynthesis (headless Chromium has no voices), so the spoken cues can be read back.

const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

async function phoneWithVoice(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text),
        cancel: () => {},
        getVoices: () => [],
      },
    });
  });
  await page.clock.install();
  await signUp(page);
  return { context, page };
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

const painScale = (page: Page, legend: string, score: number) =>
  page.getByRole('radiogroup', { name: legend }).getByRole('radio', { name: new RegExp(`^${score}\\b`) });

test('slow breathing plays with spoken in and out cues, stops early and is logged as a session', async ({
  browser,
}) => {
  const { context, page } = await phoneWithVoice(browser);
  await page.getByRole('link', { name: 'Move', exact: true }).click();
  await page.getByRole('link', { name: 'Start Slow breathing' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Slow breathing' })).toBeVisible();

  // The intro names its evidence grade and links the lesson that explains it.
  const learn = page.getByTestId('routine-learn');
  await expect(learn).toContainText('Evidence grade C');
  await expect(
    learn.getByRole('link', { name: /^Learn more: Muscle tension, breathing and mindfulness$/ }),
  ).toHaveAttribute('href', '/learn/tension-and-mindfulness');

  await painScale(page, 'Pain right now', 3).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('player')).toBeVisible();
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);

  // After the 5-second lead-in: the first breath, heard and seen.
  await page.clock.runFor(5000);
  await expect(page.getByTestId('player-exercise')).toHaveText('Slow paced breathing');
  await expect(page.getByTestId('player-beat')).toHaveText('Breathe in');
  expect(await spoken(page)).toContain('Slow paced breathing. Breathe in');
  // A rhythm counts itself: no "tap to count" button to silence it.
  await expect(page.getByRole('button', { name: /count/i })).toHaveCount(0);
  await expect(page.getByTestId('player-who-counts')).toHaveText(/keep the pace for you/);
  await page.screenshot({ path: `${SHOTS}/relax-player-390.png`, fullPage: true });

  // Five seconds in, out; five more, in again with the second breath.
  await page.clock.runFor(5000);
  await expect(page.getByTestId('player-beat')).toHaveText('And out, slowly');
  await page.clock.runFor(5000);
  await expect(page.getByTestId('player-beat')).toHaveText('Breathe in');
  const said = await spoken(page);
  expect(said.filter((s) => s === 'And out, slowly')).toHaveLength(1);
  expect(said.at(-1)).toBe('Breathe in');
  // Calm: no countdown numbers and no "halfway".
  expect(said.some((s) => /^\d$|halfway/i.test(s))).toBe(false);

  // She stops early; the session is saved like any routine and shows in History (the clock runs
  // normally again: the pages after the player wait on timers).
  await page.getByRole('button', { name: 'End now' }).click();
  await page.clock.resume();
  await expect(page.getByRole('heading', { name: 'How did that go?' })).toBeVisible();
  await painScale(page, 'Pain now', 2).check();
  await painScale(page, 'Effort', 1).check();
  await page.getByRole('radio', { name: 'About right' }).check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('heading', { name: 'Session saved' })).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  const res = await page.request.get('/api/v1/sessions');
  const [session, ...more] = (await res.json()).items;
  expect(more).toHaveLength(0);
  expect(session).toMatchObject({ routineId: 'relax-breathing-5', painBefore: 3, painAfter: 2 });
  expect(session.exercises).toEqual([
    expect.objectContaining({ exerciseId: 'paced-breathing', done: false }),
  ]);
  await page.getByRole('link', { name: 'See it in History' }).click();
  await expect(page.getByRole('link', { name: /^Slow breathing · \d+ min · pain 3 → 2$/ })).toBeVisible();
  await context.close();
});

test('routines link their lesson, and the relaxation sessions show their grade and sources', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  await page.goto('/move/routines/relax-pmr-12');
  await expect(page.getByRole('heading', { level: 1, name: 'Progressive muscle relaxation' })).toBeVisible();
  await expect(page.getByTestId('routine-learn')).toContainText('Evidence grade C');
  await page.getByText('Sources', { exact: true }).click();
  await expect(page.getByTestId('routine-learn')).toContainText('Toussaint L');
  await expect(page.getByTestId('lesson-link')).toHaveAttribute('href', '/learn/tension-and-mindfulness');

  await page.goto('/move/routines/gentle-yoga-15');
  await expect(page.getByRole('heading', { level: 1, name: 'Gentle yoga' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Learn more: Yoga for back pain' })).toHaveAttribute(
    'href',
    '/learn/yoga',
  );
  // Only relaxation sessions carry a grade of their own here.
  await expect(page.getByTestId('routine-learn')).not.toContainText('Evidence grade');
  // One tap opens the lesson.
  await page.getByRole('link', { name: 'Learn more: Yoga for back pain' }).click();
  await expect(page).toHaveURL(/\/learn\/yoga$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Yoga for back pain' })).toBeVisible();
});

test('an insight links the lesson on its topic', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  await seedInsights(page, 90);
  await page.goto('/insights');
  const first = page.getByTestId('driver').first();
  await expect(first).toContainText('Sleep hours');
  const link = first.getByRole('link', { name: 'Learn more: The loop between sleep, stress and pain' });
  await expect(link).toHaveAttribute('href', '/learn/sleep-pain-loop');
  // Centred, clear of the sticky navigation at the bottom.
  await first.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await first.screenshot({ path: `${SHOTS}/insight-lesson-390.png` });
  await link.click();
  await expect(page).toHaveURL(/\/learn\/sleep-pain-loop$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'The loop between sleep, stress and pain' }),
  ).toBeVisible();
});
