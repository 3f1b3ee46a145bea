import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { painRadio, signUp } from './helpers';
import { seedInsights } from './insights-seed';

const pages = [
  { name: 'sign in', path: '/signin', heading: 'Sign in', auth: false },
  { name: 'sign up', path: '/signup', heading: 'Create your account', auth: false },
  { name: 'help', path: '/help', heading: 'When to get help', auth: false },
  { name: 'today', path: '/', heading: 'How is your back today?', auth: true },
  // `ready`: wait for this test id, then open every <details> so the tables are scanned too.
  { name: 'insights', path: '/insights', heading: 'Insights', auth: true, ready: 'insights-range' },
  { name: 'history', path: '/history', heading: 'History', auth: true },
  { name: 'more', path: '/more', heading: 'More', auth: true },
  { name: 'safety check', path: '/screening', heading: 'Safety check', auth: true },
  { name: 'profile', path: '/profile', heading: 'Your profile', auth: true },
  { name: 'cycle', path: '/cycle', heading: 'Cycle and periods', auth: true },
  { name: 'questionnaires', path: '/questionnaires', heading: 'Questionnaires', auth: true },
  { name: 'treatments', path: '/treatments', heading: 'Treatments', auth: true },
  { name: 'trackers', path: '/trackers', heading: 'Your own trackers', auth: true },
  { name: 'your data', path: '/data', heading: 'Your data', auth: true },
  { name: 'apple health', path: '/data/apple-health', heading: 'Import from Apple Health', auth: true },
  { name: 'access tokens', path: '/tokens', heading: 'Access tokens', auth: true },
  { name: 'privacy', path: '/privacy', heading: 'Privacy and your data', auth: true },
  { name: 'mrs', path: '/questionnaires/mrs', heading: 'Menopause Rating Scale (MRS)', auth: true },
  { name: 'breaks', path: '/breaks', heading: 'Movement breaks', auth: true },
  { name: 'desk check', path: '/desk-check', heading: 'Desk check', auth: true },
  { name: 'setup', path: '/setup', heading: 'Sleep and travel set-up', auth: true },
  { name: 'move', path: '/move', heading: 'Move', auth: true },
  { name: 'exercise library', path: '/move/library', heading: 'Exercise library', auth: true },
  { name: 'exercise', path: '/move/exercises/bird-dog', heading: 'Bird dog', auth: true },
  { name: 'routine', path: '/move/routines/morning-5', heading: 'Morning mobility', auth: true },
  { name: 'before a session', path: '/move/play/morning-5', heading: 'Morning mobility', auth: true },
  { name: 'weekly plan', path: '/move/plan', heading: 'Weekly plan', auth: true },
  { name: 'own exercises', path: '/move/custom', heading: 'Your own exercises', auth: true },
];

async function scan(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function newSignedInPage(browser: Browser, width: number, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await signUp(page);
  // Two months of history, so Insights (and History, Cycle, Treatments) draw their charts.
  await seedInsights(page, 60);
  await painRadio(page, 4).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('checkin-entry')).toHaveCount(1);
  return { page, context };
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`no serious or critical axe violations at ${width}px in ${colorScheme} mode`, async ({
      browser,
    }) => {
      // Twenty-odd pages, one with seeded charts and open tables: more than the default minute on a busy machine.
      test.setTimeout(180_000);
      const { page, context } = await newSignedInPage(browser, width, colorScheme);
      const found: Record<string, string[]> = {};
      for (const p of pages.filter((x) => x.auth)) {
        await page.goto(p.path);
        await expect(page.getByRole('heading', { level: 1, name: p.heading })).toBeVisible();
        if ('ready' in p && p.ready) {
          await expect(page.getByTestId(p.ready)).toBeVisible();
          await page.locator('details').evaluateAll((all) => {
            for (const d of all) (d as HTMLDetailsElement).open = true;
          });
        }
        found[p.name] = await scan(page);
      }
      const anon = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const anonPage = await anon.newPage();
      for (const p of pages.filter((x) => !x.auth)) {
        await anonPage.goto(p.path);
        await expect(anonPage.getByRole('heading', { level: 1, name: p.heading })).toBeVisible();
        found[p.name] = await scan(anonPage);
      }
      await anon.close();
      await context.close();
      expect(found).toEqual(Object.fromEntries(pages.map((p) => [p.name, []])));
    });
  }
}
