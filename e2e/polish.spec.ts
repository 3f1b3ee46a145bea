import type { Browser, Page } from '@playwright/test';
import { seriousViolations as axe } from './axe';
import { expect, test } from './fixtures';
import { painRadio, signUp, skipWelcome } from './helpers';

// Issue #14, point 14 ("player and polish"), as she meets it on a phone and a desktop: focus after Start,
// who counts reps, plain words after a session, boxes that keep their size, Move's routines on the first
// screen, the install hint on Today, and a theme choice in Profile.

const sizes = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

async function newUser(browser: Browser, viewport: { width: number; height: number }, userAgent?: string) {
  const context = await browser.newContext({
    viewport,
    colorScheme: 'light',
    ...(userAgent ? { userAgent } : {}),
  });
  const page = await context.newPage();
  return { context, page };
}

const scale = (page: Page, legend: string, score: number) =>
  page.getByRole('radiogroup', { name: legend }).getByRole('radio', { name: new RegExp(`^${score}\\b`) });

/** A synthetic `beforeinstallprompt`, as Chromium fires it when the app can be installed. */
async function offerInstall(page: Page, outcome: 'accepted' | 'dismissed' = 'accepted') {
  const taken = await page.evaluate((answer) => {
    const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
    event.prompt = async () => {
      (window as unknown as { prompted: number }).prompted =
        ((window as unknown as { prompted?: number }).prompted ?? 0) + 1;
    };
    event.userChoice = Promise.resolve({ outcome: answer, platform: 'web' });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  }, outcome);
  // The app's listener takes the offer (instead of the browser's own install bar).
  expect(taken).toBe(true);
}

for (const viewport of sizes) {
  const { width } = viewport;

  test(`${width} px: after Start the keyboard is on Pause, reps say who counts, and the session ends in plain words`, async ({
    browser,
  }) => {
    const { context, page } = await newUser(browser, viewport);
    await page.clock.install();
    await signUp(page);
    await page.goto('/move/play/morning-5');
    await scale(page, 'Pain right now', 3).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);

    const toggle = page.getByTestId('player-toggle');
    await expect(toggle).toBeFocused();
    await expect(page.locator('body')).not.toBeFocused();
    const first = (await page.getByTestId('player-exercise').textContent()) ?? '';
    await expect(page.getByTestId('player-announcer')).toHaveText(`First: ${first}. Get ready.`);
    // Space on the focused control pauses, as the keys line promises.
    await page.keyboard.press('Space');
    await expect(toggle).toHaveText('Resume');
    await page.keyboard.press('Space');
    await expect(toggle).toHaveText('Pause');

    // The first exercise counted in repetitions: the player says it counts along, until she taps.
    const who = page.getByTestId('player-who-counts');
    for (let i = 0; i < 10 && !(await who.isVisible()); i++) await page.keyboard.press('ArrowRight');
    await expect(who).toHaveText(/^Spinekind counts along, one rep every \d+ s\. To count your own, tap/);
    await page.getByRole('button', { name: 'Count a rep' }).click();
    await expect(who).toHaveText(/^You count: tap “Count a rep” after each one\. It moves on at \d+\.$/);
    await expect(page.getByTestId('player-reps')).toContainText('1 of');
    await toggle.click();
    await page.clock.resume();
    expect(await axe(page)).toEqual([]);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await toggle.click();
    // Counting herself, the player waits for her taps; she skips to the next exercise instead.
    await page.getByRole('button', { name: 'Skip this exercise' }).click();

    await page.clock.runFor(20 * 60_000);
    await page.clock.resume();
    await expect(page.getByRole('heading', { name: 'How did that go?' })).toBeFocused();
    await scale(page, 'Pain now', 2).check();
    await scale(page, 'Effort', 4).check();
    await page.getByRole('radio', { name: 'About right' }).check();
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByRole('heading', { name: 'Session saved' })).toBeVisible();

    const advice = page.locator('.advice');
    await expect(advice.getByTestId('pain-guide')).toHaveText(
      /^Some pain while you move is usually safe\. Up to 5 out of 10 is fine if your back is back to its usual level by the next morning\. Stop a move/,
    );
    await expect(advice.locator('.hint')).toContainText(
      'Evidence grade B for tendon pain; grade D for backs',
    );
    const words = (await page.locator('main').textContent()) ?? '';
    expect(words).not.toMatch(/pain-monitoring|moderate evidence|acceptable range/i);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test(`${width} px: checkboxes keep their size when a long label wraps`, async ({ browser }) => {
    const { context, page } = await newUser(browser, viewport);
    await signUp(page);
    // The narrowest phone we support, and this size.
    for (const w of width === 390 ? [320, 390] : [1280]) {
      await page.setViewportSize({ width: w, height: viewport.height });
      for (const path of ['/move/library', '/breaks']) {
        await page.goto(path);
        const box = page.locator('label.check input').first();
        await expect(box).toBeVisible();
        const before = await box.boundingBox();
        await box.evaluate((input) => {
          const label = input.closest('label') as HTMLElement;
          label.append(
            ' and a very long explanation that wraps over several lines on a narrow phone'.repeat(4),
          );
        });
        const label = await box.locator('xpath=ancestor::label').boundingBox();
        expect(label?.height, `the label at ${path} wraps`).toBeGreaterThan(60);
        const after = await box.boundingBox();
        expect(after?.width, `${path} at ${w} px`).toBe(before?.width);
        expect(after?.height, `${path} at ${w} px`).toBe(before?.height);
        expect(after?.width).toBeGreaterThanOrEqual(20);
      }
    }
    await context.close();
  });

  test(`${width} px: Move shows the first routine's Start without scrolling`, async ({ browser }) => {
    const { context, page } = await newUser(browser, viewport);
    await signUp(page);
    await page.goto('/move');
    const card = page.getByTestId('routine-card').first();
    await expect(card).toBeVisible();
    await expect(card.getByRole('link', { name: /^Start / })).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The library, plan and her own exercises are still one tap away.
    await expect(page.getByRole('link', { name: 'Exercise library' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test(`${width} px: the install hint comes below the check-in, installs, and "Not now" is for good`, async ({
    browser,
  }) => {
    const { context, page } = await newUser(browser, viewport);
    await signUp(page);
    await skipWelcome(page);
    const hint = page.getByTestId('install-card');
    await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
    await expect(hint).toHaveCount(0);

    await offerInstall(page);
    await expect(hint.getByRole('heading', { name: 'Add Spinekind to your home screen' })).toBeVisible();
    const save = await page.getByRole('button', { name: 'Save check-in' }).boundingBox();
    const card = await hint.boundingBox();
    expect(card?.y ?? 0).toBeGreaterThan((save?.y ?? 0) + (save?.height ?? 0) - 1);
    await expect(painRadio(page, 10)).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Save check-in' })).toBeInViewport();
    await hint.scrollIntoViewIfNeeded();
    expect(await axe(page)).toEqual([]);

    // Install opens the browser's dialog once; accepted, the card has done its job.
    await hint.getByRole('button', { name: 'Install' }).click();
    await expect(hint).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { prompted: number }).prompted)).toBe(1);

    // Offered again (a new visit), she says Not now: gone, also after a reload and a new offer.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
    await offerInstall(page);
    await hint.getByRole('button', { name: 'Not now' }).click();
    await expect(hint).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
    await offerInstall(page);
    // The page took the offer (its listener ran) and rendered since, yet shows no card.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await expect(hint).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('spinekind.installHint.dismissed'))).toBe('1');
    await context.close();
  });

  test(`${width} px: Profile's theme choice applies at once and survives a reload`, async ({ browser }) => {
    const { context, page } = await newUser(browser, viewport);
    await signUp(page);
    await page.goto('/profile');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const themes = page.getByRole('group', { name: 'Colours' });
    await expect(themes.getByRole('radio', { name: 'Same as this device' })).toBeChecked();
    const light = await background();
    expect(light).toBe('rgb(247, 245, 242)');

    await themes.getByText('Dark', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe('rgb(15, 26, 25)');
    expect(await axe(page)).toEqual([]);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
    await expect(themes.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(await background()).toBe('rgb(15, 26, 25)');

    await themes.getByText('Same as this device', { exact: true }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await background()).toBe(light);
    await context.close();
  });
}

test('on an iPhone, the install hint gives the Share → Add to Home Screen steps', async ({ browser }) => {
  const iphone =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
  const { context, page } = await newUser(browser, { width: 390, height: 844 }, iphone);
  await signUp(page);
  await skipWelcome(page);
  const hint = page.getByTestId('install-card');
  await expect(hint).toContainText('Tap the Share button');
  await expect(hint).toContainText('Add to Home Screen');
  await expect(hint.getByRole('button', { name: 'Install' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeInViewport();
  await hint.getByRole('button', { name: 'Not now' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
  await expect(hint).toHaveCount(0);
  await context.close();
});

test('a dark system with Light chosen in Profile paints light, from the first screen on', async ({
  browser,
  pageErrors,
}) => {
  pageErrors.allow("the test holds back the app's code to see the page before it runs", /ERR_FAILED/);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    // So the held-back request goes to the network (page.route), not the worker's cache.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await signUp(page);
  await page.goto('/profile');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(15, 26, 25)');
  await page.getByRole('group', { name: 'Colours' }).getByText('Light', { exact: true }).click();
  expect(await background()).toBe('rgb(247, 245, 242)');
  // Before any of the app's code runs, public/theme.js has set her choice.
  await page.route('**/assets/index-*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(247, 245, 242)');
  await context.close();
});

test('opened from the home screen, Today offers no install', async ({ browser }) => {
  const { context, page } = await newUser(browser, { width: 390, height: 844 });
  // What an installed app's window answers (display-mode: standalone).
  await context.addInitScript(() => {
    const matchMedia = window.matchMedia.bind(window);
    window.matchMedia = (query: string) =>
      query.includes('display-mode: standalone')
        ? ({ ...matchMedia(query), matches: true, media: query } as MediaQueryList)
        : matchMedia(query);
  });
  await signUp(page);
  await skipWelcome(page);
  await offerInstall(page);
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.getByTestId('install-card')).toHaveCount(0);
  await context.close();
});
