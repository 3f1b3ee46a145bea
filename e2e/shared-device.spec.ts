import { type BrowserContext, type Page, request } from '@playwright/test';
import { expect, test } from './fixtures';
import { goOffline, goOnline, openCheckinGroups, painRadio, signUp, waitForServiceWorker } from './helpers';

/** Every copy the page could keep: localStorage, every IndexedDB store, every Cache Storage entry. */
async function deviceStoresContain(page: Page, marker: string): Promise<string[]> {
  return page.evaluate(async (needle) => {
    const found: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (`${key}${localStorage.getItem(key)}`.includes(needle)) found.push(`localStorage ${key}`);
    }
    for (const info of await indexedDB.databases()) {
      const opened = indexedDB.open(info.name as string);
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        opened.onsuccess = () => resolve(opened.result);
        opened.onerror = () => reject(opened.error);
      });
      for (const store of Array.from(idb.objectStoreNames)) {
        const all = idb.transaction(store).objectStore(store).getAll();
        const rows = await new Promise<unknown[]>((resolve) => {
          all.onsuccess = () => resolve(all.result);
        });
        if (JSON.stringify(rows).includes(needle)) found.push(`IndexedDB ${info.name}/${store}`);
      }
      idb.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const body = await (await cache.match(req))?.text();
        if (`${req.url}${body}`.includes(needle)) found.push(`Cache ${name} ${req.url}`);
      }
    }
    return found;
  }, marker);
}

/** She fills her profile and a check-in note with a marker, and the app keeps its device copies. */
async function herDataOnDevice(page: Page, context: BrowserContext, marker: string) {
  await signUp(page);
  await waitForServiceWorker(page);
  const put = await page.request.put('/api/v1/profile', {
    data: {
      birthYear: 1978,
      boneHealth: 'osteopenia',
      cancerHistory: true,
      doctorQuestions: `Ask about ${marker}`,
    },
  });
  expect(put.status()).toBe(200);
  await painRadio(page, 4).click();
  await openCheckinGroups(page, 'day');
  await page.getByLabel('Note (optional)').fill(`Note ${marker}`);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await page.goto('/data');
  await expect(page.getByLabel('Your questions')).toHaveValue(`Ask about ${marker}`);
  expect(await deviceStoresContain(page, marker)).not.toEqual([]);
  const session = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  return { session };
}

async function sessionStatus(baseURL: string, cookie: string): Promise<number> {
  const outside = await request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
  const status = (await outside.get('/api/v1/me')).status();
  await outside.dispose();
  return status;
}

async function signOutFromMore(page: Page) {
  await page.getByRole('link', { name: 'More' }).first().click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

for (const width of [390, 1280]) {
  test.describe(`shared device at ${width} px`, () => {
    test.use({ viewport: { width, height: 860 } });

    test('signing out offline leaves nothing of hers, the next person sees sign-in, and the session ends once online', async ({
      page,
      context,
      baseURL,
    }) => {
      const marker = `mk${Date.now()}x${width}`;
      const { session } = await herDataOnDevice(page, context, marker);
      await page.goto('/');
      await goOffline(context);
      await signOutFromMore(page);
      expect(await deviceStoresContain(page, marker)).toEqual([]);

      // The next person opens the app on the same phone, still offline: sign-in, nothing of hers.
      await page.goto('/history');
      await expect(page).toHaveURL(/\/signin/);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      expect(await sessionStatus(baseURL as string, session)).toBe(200);

      await goOnline(context);
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await expect.poll(() => sessionStatus(baseURL as string, session)).toBe(401);
      expect(await deviceStoresContain(page, marker)).toEqual([]);
    });

    test('signing out online ends the session at once and leaves nothing of hers', async ({
      page,
      context,
      baseURL,
    }) => {
      const marker = `mk${Date.now()}y${width}`;
      const { session } = await herDataOnDevice(page, context, marker);
      await signOutFromMore(page);
      expect(await sessionStatus(baseURL as string, session)).toBe(401);
      expect(await deviceStoresContain(page, marker)).toEqual([]);
      await page.goto('/profile');
      await expect(page).toHaveURL(/\/signin/);
    });
  });
}
