import { expect, test } from './fixtures';
import { signUp } from './helpers';

// What the first paint waits for: no script in <head> holds up rendering, the sign-in page downloads only
// its own code, and a signed-in screen shows its shell (navigation, title) before its data arrives.

/**
 * Chunks the sign-in page has no use for: the signed-in screens and the whole of core (`src`, whose
 * sign-in rules it takes from `@spinekind/core/auth` alone). The session code and the device database
 * (`db`) do load, after the form, while she types: signing in clears the previous user's data.
 */
const notForSignIn =
  /\/assets\/(Layout|TodayPage|HistoryPage|InsightsPage|MovePage|CheckinForm|outbox|uPlot\.min|src)-[\w-]+\.js$/;

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
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/signin');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => /\/assets\/AuthPage-/.test(s))).toBe(true);
  expect(scripts.filter((s) => notForSignIn.test(s))).toEqual([]);
});

test('a signed-in screen shows its navigation and title while its data is still on the way', async ({
  page,
}) => {
  await signUp(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let waiting = 0;
  // Everything but "who is signed in" waits until the shell has been checked.
  await page.route(/\/api\/v1\/(?!me$)/, async (route) => {
    waiting++;
    await held;
    await route.continue().catch(() => undefined);
  });
  await page.goto('/history');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  expect(waiting).toBeGreaterThan(0);
  release();
  await expect(page.locator('.chart canvas')).toBeVisible();
});
