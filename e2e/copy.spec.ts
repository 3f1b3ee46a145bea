import { expect, type Page, test } from '@playwright/test';
import { painRadio, signUp, waitForServiceWorker } from './helpers';
import { seedInsights } from './insights-seed';

// Feature copy loads with its routes (packages/web/src/i18n/lazy.ts). Open every screen cold, as a
// first visit or a bookmark would, and check that no text shows as a raw key like `move.title`.
const screens: { path: string; heading: string; auth?: false }[] = [
  { path: '/signin', heading: 'Sign in', auth: false },
  { path: '/signup', heading: 'Create your account', auth: false },
  { path: '/help', heading: 'When to get help', auth: false },
  { path: '/no-such-page', heading: 'There is no page at this address.', auth: false },
  { path: '/', heading: 'How is your back today?' },
  { path: '/insights', heading: 'Insights' },
  { path: '/history', heading: 'History' },
  { path: '/more', heading: 'More' },
  { path: '/screening', heading: 'Safety check' },
  { path: '/profile', heading: 'Your profile' },
  { path: '/cycle', heading: 'Cycle and periods' },
  { path: '/questionnaires', heading: 'Questionnaires' },
  { path: '/questionnaires/mrs', heading: 'Menopause Rating Scale (MRS)' },
  { path: '/treatments', heading: 'Treatments' },
  { path: '/trackers', heading: 'Your own trackers' },
  { path: '/data', heading: 'Your data' },
  { path: '/data/apple-health', heading: 'Import from Apple Health' },
  { path: '/tokens', heading: 'Access tokens' },
  { path: '/privacy', heading: 'Privacy and your data' },
  { path: '/breaks', heading: 'Movement breaks' },
  { path: '/desk-check', heading: 'Desk check' },
  { path: '/setup', heading: 'Sleep and travel set-up' },
  { path: '/move', heading: 'Move' },
  { path: '/move/library', heading: 'Exercise library' },
  { path: '/move/exercises/bird-dog', heading: 'Bird dog' },
  { path: '/move/routines/morning-5', heading: 'Morning mobility' },
  { path: '/move/play/morning-5', heading: 'Morning mobility' },
  { path: '/move/plan', heading: 'Weekly plan' },
  { path: '/move/custom', heading: 'Your own exercises' },
];

/** Texts and labels on the page that look like a copy key rather than words. */
function rawKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const key = /^[a-z][a-zA-Z]*(\.[a-zA-Z0-9_-]+)+$/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      if (key.test(text)) found.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label],[placeholder],[title],[alt]'))
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
        const v = el.getAttribute(a)?.trim();
        if (v && key.test(v)) found.push(`${a}=${v}`);
      }
    return found;
  });
}

/** Console lines from the copy safety net (i18n/lazy.ts): a key whose bundle no route asked for. */
function copyErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Missing copy|Copy loaded late/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

async function openCold(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // Let the screen's data arrive, so cards that depend on it render their copy too.
  await page.waitForLoadState('networkidle');
}

test('every screen opened cold shows words, never a copy key', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const errors = copyErrors(page);
  await signUp(page);
  await seedInsights(page, 60);
  await painRadio(page, 4).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('checkin-entry')).toHaveCount(1);

  const found: Record<string, string[]> = {};
  for (const s of screens.filter((x) => x.auth !== false)) {
    await openCold(page, s.path, s.heading);
    found[s.path] = await rawKeys(page);
  }
  // Editing the check-in: its own screen, reached from Today's list.
  await openCold(page, '/', 'How is your back today?');
  await page.getByTestId('checkin-entry').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/checkins\//);
  await openCold(page, new URL(page.url()).pathname, 'Edit check-in');
  found['/checkins/:id'] = await rawKeys(page);

  const anon = await browser.newContext();
  const anonPage = await anon.newPage();
  const anonErrors = copyErrors(anonPage);
  for (const s of screens.filter((x) => x.auth === false)) {
    await openCold(anonPage, s.path, s.heading);
    found[s.path] = await rawKeys(anonPage);
  }
  await anon.close();

  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((p) => [p, []])));
  expect([...errors, ...anonErrors]).toEqual([]);
});

test('feature copy comes from the precache when offline', async ({ page, context }) => {
  const errors = copyErrors(page);
  await signUp(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const [path, heading] of [
    ['/move/library', 'Exercise library'],
    ['/data', 'Your data'],
    ['/breaks', 'Movement breaks'],
    ['/help', 'When to get help'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await rawKeys(page)).toEqual([]);
  }
  expect(errors).toEqual([]);
});
