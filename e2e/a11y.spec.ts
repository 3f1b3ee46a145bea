import type { Browser, BrowserContext, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { copyErrors, rawKeys } from './copy-check';
import { expect, test } from './fixtures';
import { painRadio, serverCheckins, signUp } from './helpers';
import { seedInsights } from './insights-seed';

const pages = [
  { name: 'sign in', path: '/signin', heading: 'Sign in', auth: false },
  { name: 'sign up', path: '/signup', heading: 'Create your account', auth: false },
  { name: 'help', path: '/help', heading: 'When to get help', auth: false },
  { name: 'forgot password', path: '/forgot', heading: 'Forgot your password?', auth: false },
  { name: 'reset password', path: '/reset/a-reset-token', heading: 'Choose a new password', auth: false },
  { name: 'join with an invite', path: '/join/an-invite-token', heading: 'Join Spinekind', auth: false },
  { name: 'not found', path: '/no-such-page', heading: 'There is no page at this address.', auth: false },
  { name: 'today', path: '/', heading: 'How is your back today?', auth: true },
  // `ready`: wait for this test id, then open every <details> so the tables are scanned too.
  { name: 'insights', path: '/insights', heading: 'Insights', auth: true, ready: 'insights-range' },
  { name: 'history', path: '/history', heading: 'History', auth: true },
  { name: 'edit check-in', path: '/checkins/:id', heading: 'Edit check-in', auth: true },
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
  { name: 'share with my clinician', path: '/data/share', heading: 'Share with my clinician', auth: true },
  { name: 'privacy', path: '/privacy', heading: 'Privacy and your data', auth: true },
  { name: 'security', path: '/account/security', heading: 'Security', auth: true },
  // As someone who does not run the server sees it; invites.spec.ts scans the admin's view.
  { name: 'invites', path: '/admin/invites', heading: 'Invites', auth: true },
  { name: 'mrs', path: '/questionnaires/mrs', heading: 'Menopause Rating Scale (MRS)', auth: true },
  {
    name: 'rmdq',
    path: '/questionnaires/rmdq',
    heading: 'Roland–Morris back questionnaire (RMDQ)',
    auth: true,
  },
  { name: 'function tests', path: '/function-tests', heading: 'Function tests', auth: true },
  {
    name: 'chair stand test',
    path: '/function-tests/chair_stand',
    heading: '30-second chair stand',
    auth: true,
  },
  { name: 'breaks', path: '/breaks', heading: 'Movement breaks', auth: true },
  { name: 'reminders', path: '/reminders', heading: 'Reminders', auth: true },
  { name: 'desk check', path: '/desk-check', heading: 'Desk check', auth: true },
  { name: 'setup', path: '/setup', heading: 'Sleep and travel set-up', auth: true },
  { name: 'move', path: '/move', heading: 'Move', auth: true },
  { name: 'exercise library', path: '/move/library', heading: 'Exercise library', auth: true },
  { name: 'exercise', path: '/move/exercises/bird-dog', heading: 'Bird dog', auth: true },
  { name: 'routine', path: '/move/routines/morning-5', heading: 'Morning mobility', auth: true },
  { name: 'before a session', path: '/move/play/morning-5', heading: 'Morning mobility', auth: true },
  { name: 'weekly plan', path: '/move/plan', heading: 'Weekly plan', auth: true },
  { name: 'own exercises', path: '/move/custom', heading: 'Your own exercises', auth: true },
  { name: 'learn', path: '/learn', heading: 'Learn', auth: true },
  {
    name: 'lesson',
    path: '/learn/bone-health',
    heading: 'Bone health, osteopenia and osteoporosis',
    auth: true,
  },
];

async function newSignedInPage(browser: Browser, width: number, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await signUp(page);
  // Two months of history, so Insights (and History, Cycle, Treatments) draw their charts.
  await seedInsights(page, 60);
  await painRadio(page, 4).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('checkin-entry')).toHaveCount(1);
  // The edit page's address names this check-in's id, read from the server: wait until it is there (the
  // entry shows at once, saved on the device; an empty id made the edit test open /checkins/, "no page").
  await expect.poll(async () => (await serverCheckins(page)).length).toBe(1);
  return { page, context };
}

// One signed-in user (and one visitor) per width and theme, one test per page: each page gets its
// own time limit and its own line in the report. The four groups may run on different workers.
// The 390 px light group also waits for each screen's data and checks that no text shows as a raw
// copy key (feature copy loads with its routes), and that the copy safety net never had to step in.
test.describe.configure({ mode: 'parallel' });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test.describe(`axe at ${width}px in ${colorScheme} mode`, () => {
      test.describe.configure({ mode: 'serial' });
      const checkCopy = width === 390 && colorScheme === 'light';
      let signedIn: { page: Page; context: BrowserContext };
      let visitor: BrowserContext;
      let checkinId = '';
      let copyLines: string[] = [];
      test.beforeAll(async ({ browser }) => {
        test.setTimeout(120_000);
        signedIn = await newSignedInPage(browser, width, colorScheme);
        checkinId = (await serverCheckins(signedIn.page))[0]?.id ?? '';
        copyLines = copyErrors(signedIn.page);
        visitor = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      });
      test.afterAll(async () => {
        await signedIn?.context.close();
        await visitor?.close();
      });
      for (const p of pages) {
        test(`${p.name}: no serious or critical violations${checkCopy ? ', no raw copy keys' : ''}`, async () => {
          const page = p.auth ? signedIn.page : await visitor.newPage();
          const lines = p.auth ? copyLines : copyErrors(page);
          await page.goto(p.path.replace(':id', checkinId));
          await expect(page.getByRole('heading', { level: 1, name: p.heading })).toBeVisible();
          // Let the screen's data arrive, so cards that depend on it render their copy too.
          if (checkCopy) await page.waitForLoadState('networkidle');
          if ('ready' in p && p.ready) {
            await expect(page.getByTestId(p.ready)).toBeVisible();
            await page.locator('details').evaluateAll((all) => {
              for (const d of all) (d as HTMLDetailsElement).open = true;
            });
          }
          expect(await seriousViolations(page)).toEqual([]);
          if (checkCopy) {
            expect(await rawKeys(page)).toEqual([]);
            expect(lines).toEqual([]);
          }
          if (!p.auth) await page.close();
        });
      }
    });
  }
}
