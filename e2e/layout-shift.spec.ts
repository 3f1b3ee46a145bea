import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signUp, skipWelcome } from './helpers';
import { seedInsights } from './insights-seed';

// Cumulative layout shift of a full load of each main screen at 390 px, for a user with 30 days of
// check-ins. Every API answer is held back a little, as on a phone's network, so the shell paints before
// the data and any jump from data arriving late is seen (on loopback the data could beat the first paint).

const API_DELAY_MS = 400;
/** Google's "good" threshold for cumulative layout shift. */
const GOOD_CLS = 0.1;

interface Shift {
  value: number;
  sources: string[];
}

/** Every layout shift of this load that no input caused, read from the buffered entries once it settled. */
function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        const label = (node: Node | null) => {
          if (!(node instanceof Element)) return node?.nodeName ?? '?';
          const id = node.id ? `#${node.id}` : '';
          const cls = typeof node.className === 'string' && node.className ? `.${node.className}` : '';
          const tid = node.getAttribute('data-testid');
          return `${node.tagName.toLowerCase()}${id}${cls.replace(/\s+/g, '.')}${tid ? `[${tid}]` : ''}`;
        };
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const shifts = list
            .getEntries()
            .map(
              (e) =>
                e as PerformanceEntry & {
                  value: number;
                  hadRecentInput: boolean;
                  sources?: { node: Node | null }[];
                },
            )
            .filter((e) => !e.hadRecentInput)
            .map((e) => ({ value: e.value, sources: (e.sources ?? []).map((s) => label(s.node)) }));
          resolve(shifts);
        }).observe({ type: 'layout-shift', buffered: true });
        // No shift at all: the observer has nothing buffered to report.
        setTimeout(() => resolve([]), 1000);
      }),
  );
}

const screens = [
  { name: 'Today', path: '/', ready: (page: Page) => page.getByTestId('weekly-card') },
  { name: 'History', path: '/history', ready: (page: Page) => page.locator('.chart canvas') },
  { name: 'Insights', path: '/insights', ready: (page: Page) => page.getByTestId('calendar') },
  { name: 'Move', path: '/move', ready: (page: Page) => page.locator('.routine-grid li').first() },
];

/** Loads `path`, waits until it settled and answers its cumulative layout shift with the larger shifts' sources. */
async function measure(page: Page, screen: (typeof screens)[number]) {
  await page.route('**/api/v1/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, API_DELAY_MS));
    await route.continue().catch(() => undefined);
  });
  await page.goto(screen.path);
  await expect(screen.ready(page)).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  // Two frames, so a shift from the last answer is laid out and reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await layoutShifts(page);
  const sources = shifts
    .filter((s) => s.value >= 0.005)
    .map((s) => `${s.value.toFixed(3)} ${s.sources.join(' ')}`);
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), sources };
}

test.describe('at 390 px with 30 days of check-ins', () => {
  const viewport = { width: 390, height: 844 };
  test.use({ viewport });

  test('Today, History, Insights and Move load without a layout shift above 0.1', async ({
    page,
    browser,
  }) => {
    // Sign-up, 30 days of seeding and eight held-back loads: more than the default minute on a busy machine.
    test.setTimeout(240_000);
    await signUp(page);
    await seedInsights(page, 30);
    // An everyday visit: the welcome has been skipped.
    await skipWelcome(page);
    const cookies = (await page.context().cookies()).filter((c) => c.name === 'spinekind_session');

    const results: { name: string; cls: number; sources: string[] }[] = [];
    for (const screen of screens) {
      // Everyday: this device already holds what earlier visits loaded.
      results.push({ name: `${screen.name} (this device)`, ...(await measure(page, screen)) });
      // First visit on a new device (as Lighthouse loads it): signed in, nothing stored yet.
      const fresh = await browser.newContext({ viewport });
      await fresh.addCookies(cookies);
      const first = await fresh.newPage();
      results.push({ name: `${screen.name} (new device)`, ...(await measure(first, screen)) });
      await fresh.close();
    }
    console.log(
      results.map((r) => `CLS ${r.name}: ${r.cls.toFixed(3)}\n  ${r.sources.join('\n  ')}`).join('\n'),
    );
    for (const r of results)
      expect(r.cls, `${r.name} shifted: ${r.sources.join('; ')}`).toBeLessThanOrEqual(GOOD_CLS);
  });
});
