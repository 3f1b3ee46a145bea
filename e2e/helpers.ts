import { type BrowserContext, expect, type Page, type Request } from '@playwright/test';
import { shellCopy } from '../packages/web/src/i18n/en-shell';

export const PASSWORD = 'correct horse battery';

export function uniqueEmail(tag = 'maya'): string {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** Creates an account through the sign-up screen and lands on Today. */
export async function signUp(page: Page, email = uniqueEmail()): Promise<string> {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  // A first visit also loads the password policy's word lists (about 0.8 MB gzip) before the form is sent.
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible({
    timeout: 20_000,
  });
  // The heading shows with the shell's frame, before the session is confirmed: wait for Today itself.
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible({ timeout: 20_000 });
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The pain scale's radio for a score, e.g. `painRadio(page, 6)`. */
export const painRadio = (page: Page, score: number) =>
  page
    .getByRole('radiogroup', { name: 'Pain right now' })
    .getByRole('radio', { name: new RegExp(`^${score}\\b`) });

/** Check-ins the server holds for the signed-in user today (through the page's own session). */
export async function serverCheckins(
  page: Page,
): Promise<{ id: string; pain: number; notes: string | null; custom: Record<string, unknown> | null }[]> {
  const day = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const res = await page.request.get(`/api/v1/checkins?from=${day}&to=${day}`);
  expect(res.status()).toBe(200);
  return (await res.json()).items;
}

/** Waits until the service worker controls the page, so the app shell opens without a network. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

/** The check-in's optional groups, by the name of the button that opens each. */
export const checkinGroups = shellCopy.checkin.groups;
export type CheckinGroupName = keyof typeof checkinGroups;

/** Opens the check-in groups a test fills (the form shows only pain and where until she opens more). */
export async function openCheckinGroups(page: Page, ...groups: CheckinGroupName[]): Promise<void> {
  for (const group of groups) {
    const button = page.getByRole('button', { name: checkinGroups[group], exact: true });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  }
}

/** A new account's welcome on Today, skipped (it does not come back): an everyday visit from here on. */
export async function skipWelcome(page: Page): Promise<void> {
  await page.getByTestId('welcome').getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByTestId('welcome')).toHaveCount(0);
  await expect
    .poll(async () => (await (await page.request.get('/api/v1/profile')).json()).profile.welcomeDone)
    .toBe(true);
}

/** A region of the body map in one of its views (the neck, shoulders, legs and feet are in both). */
export const bodyRegion = (page: Page, area: string, view: 'back' | 'front' = 'back') =>
  page.locator(`svg[data-view="${view}"] [data-area="${area}"]`);

/**
 * Takes a device offline. No route cuts the API off besides: with a route, Playwright holds every request
 * of the page for its handler, and the page's module requests the service worker answers were then now and
 * then aborted (net::ERR_ABORTED: "Failed to fetch dynamically imported module" on an offline reload).
 * The launch flag in playwright.config.ts keeps `navigator.onLine` false across reloads.
 */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

/** Brings a device taken offline by `goOffline` back. */
export async function goOnline(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
}

/** Delivers a push message to this page's service worker through the DevTools protocol. */
export async function pushDeliverer(page: Page, context: BrowserContext) {
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find((r) => !r.isDeleted);
      if (live) resolve(live.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  return async (data: unknown) =>
    cdp.send('ServiceWorker.deliverPushMessage', {
      origin: new URL(page.url()).origin,
      registrationId: await registrationId,
      // A string goes as it is (a payload a push service received), anything else as JSON.
      data: typeof data === 'string' ? data : JSON.stringify(data),
    });
}

/** The notifications the page's service worker shows: title, tag, where a tap leads, its actions' titles. */
export function shownNotifications(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      tag: n.tag,
      url: (n.data as { url?: string } | null)?.url,
      // `actions` is missing from TypeScript's DOM types but present in Chromium.
      actions: (n as Notification & { actions?: { title: string }[] }).actions?.map((a) => a.title),
    }));
  });
}

/**
 * Delivers a push (`pushDeliverer`) until the service worker shows `expected`. A push delivered through
 * DevTools is now and then lost under load (about 1 run in 10: no notification at all); a notification's
 * tag replaces one with the same tag, so delivering again cannot make two.
 */
export async function deliverUntilShown(
  page: Page,
  deliver: (data: unknown) => Promise<unknown>,
  data: unknown,
  expected: Awaited<ReturnType<typeof shownNotifications>>,
): Promise<void> {
  await expect(async () => {
    await deliver(data);
    await expect.poll(() => shownNotifications(page), { timeout: 5_000 }).toEqual(expected);
  }).toPass({ timeout: 30_000 });
}

/**
 * Holds every request to `url` (those `only` picks, when given) until `release()`, as a slow line would;
 * `heldCount()` says how many it has held so far.
 */
export async function holdBack(page: Page, url: string | RegExp, only?: (request: Request) => boolean) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let count = 0;
  await page.route(url, async (route) => {
    if (!only || only(route.request())) {
      count++;
      await held;
    }
    await route.continue().catch(() => undefined);
  });
  return { release: () => release(), heldCount: () => count };
}
