import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { holdBack, signUp } from './helpers';

// What the first paint waits for: no script in <head> holds up rendering, the sign-in page downloads only
// its own code, and a signed-in screen shows its shell (navigation, title) before its data arrives.

/** Chunks of the signed-in screens, which the sign-in page has no use for. */
const signedInScreens =
  /\/assets\/(home|Layout|TodayPage|HistoryPage|InsightsPage|MovePage|CheckinForm|outbox|uplot)-[\w-]+\.js$/;
/**
 * An exercise of core's catalogue: a script holding it holds all of core (chunk names change between
 * builds, the catalogue's ids do not). Sign-in takes its rules from `@spinekind/core/auth` alone. The
 * session code and the device database do load, after the form, while she types: signing in clears the
 * previous user's data.
 */
const CORE_MARKER = 'single-leg-bridge';

test('no script in the head of the page blocks rendering', async ({ request }) => {
  const html = await (await request.get('/signin')).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const scripts = [...head.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts)
    expect(tag, 'a classic script without defer blocks the parser').toMatch(
      /type="module"|\bdefer\b|\basync\b/,
    );
});

test('the sign-in page downloads none of the signed-in screens, nor all of core', async ({ page }) => {
  const scripts: { path: string; text: Promise<string> }[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      scripts.push({ path: new URL(r.url()).pathname, text: r.text().catch(() => '') });
  });
  await page.goto('/signin');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => /\/assets\/AuthPage-/.test(s.path))).toBe(true);
  expect(scripts.map((s) => s.path).filter((p) => signedInScreens.test(p))).toEqual([]);
  const withCore = [];
  for (const s of scripts) if ((await s.text).includes(CORE_MARKER)) withCore.push(s.path);
  expect(withCore).toEqual([]);
});

test('a signed-in screen shows its navigation and title while its data is still on the way', async ({
  page,
}) => {
  await signUp(page);
  // Everything but "who is signed in" waits until the shell has been checked.
  const { release, heldCount } = await holdBack(page, /\/api\/v1\/(?!me$)/);
  await page.goto('/history');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  expect(heldCount()).toBeGreaterThan(0);
  release();
  await expect(page.locator('.chart canvas')).toBeVisible();
});

/** Opens Today with "who is signed in" held: the frame the shell draws meanwhile, then the form once let go. */
async function shellWhileAsking(page: Page) {
  const { release, heldCount } = await holdBack(page, /\/api\/v1\/me$/);
  await page.goto('/');
  await expect.poll(heldCount).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'How is your back today?' })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toBeVisible();
  // Nothing of hers before the answer: no sync badge (it counts her waiting changes), no form.
  await expect(page.getByTestId('sync-state')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save check-in' })).toHaveCount(0);
  release();
  await page.unroute(/\/api\/v1\/me$/);
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
}

test('while the app asks who she is, Today shows its tabs and title; a visitor on her way to sign in sees no tabs', async ({
  page,
  context,
}) => {
  await signUp(page);
  await page.getByRole('button', { name: 'Save check-in' }).waitFor();
  await shellWhileAsking(page);

  // Off Today first: its later cards' reads would be refused (401) once the cookie is gone.
  await page.goto('/help');
  await page.waitForLoadState('networkidle');
  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  const visitor = await holdBack(page, /\/api\/v1\/me$/);
  await page.goto('/');
  await expect.poll(visitor.heldCount).toBeGreaterThan(0);
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  visitor.release();
  await expect(page).toHaveURL(/\/signin/);
});

test.describe('on a device that has never shown her screens', () => {
  // Each visit's page from the server (no service worker's copy), which names the session cookie it came with.
  test.use({ serviceWorkers: 'block' });

  test('the page the server sends with her session lets the shell draw its frame at once', async ({
    page,
  }) => {
    await signUp(page);
    await page.getByRole('button', { name: 'Save check-in' }).waitFor();
    await page.evaluate(() => localStorage.clear());
    await shellWhileAsking(page);
  });
});

test("Today's cards under the fold that could not be downloaded leave Today as it is", async ({ page }) => {
  await signUp(page);
  // A first visit on a flaky network: the cards' code (TodayLater and its chunks) does not arrive.
  const cards = /\/assets\/(TodayLater|today)-[\w-]{8}\.(js|css)$/;
  let refused = 0;
  await page.route(cards, (route) => {
    refused++;
    return route.abort('internetdisconnected');
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'How is your back today?' })).toBeVisible();
  await expect.poll(() => refused).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: "Today's check-ins" })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Movement breaks' })).toHaveCount(0);
  // The next visit brings them.
  await page.unroute(cards);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Movement breaks' })).toBeVisible();
});
