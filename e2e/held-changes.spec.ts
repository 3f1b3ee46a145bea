import { readFile } from 'node:fs/promises';
import { type Page, request } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  goOffline,
  goOnline,
  openCheckinGroups,
  PASSWORD,
  painRadio,
  serverCheckins,
  signIn,
  signUp,
  uniqueEmail,
} from './helpers';

/** An account made through the API, so the device under test never signs in as it first. */
async function otherAccount(baseURL: string): Promise<string> {
  const email = uniqueEmail('ruth');
  const api = await request.newContext({ baseURL });
  const made = await api.post('/api/v1/auth/register', { data: { email, password: PASSWORD } });
  expect(made.status()).toBe(201);
  await api.dispose();
  return email;
}

/** Her session ends, and a check-in saved then waits on the device. */
async function herChangeWaits(page: Page, note: string): Promise<string> {
  const email = await signUp(page);
  // Saved while offline, so it waits on the device; then her session ends and the device comes back.
  await goOffline(page.context());
  await painRadio(page, 6).click();
  await openCheckinGroups(page, 'day');
  await page.getByLabel('Note (optional)').fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toContainText('1 waiting');
  await page.context().clearCookies();
  await goOnline(page.context());
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(
    page.getByText(
      `Your session has ended. Sign in again to carry on: 1 change saved on this device is kept and syncs when m…@example.test signs in.`,
    ),
  ).toBeVisible();
  return email;
}

const allow401 = 'her session is ended on purpose: the sync and any request after it are answered 401';
const held = /^1 change from m…@example\.test is not saved yet$/;

// Two accounts and a second device per test: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 180_000 });

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('another account signing in is told first; the file restores into hers, and her sign-in sends it once', async ({
      page,
      browser,
      baseURL,
      pageErrors,
    }) => {
      pageErrors.allow(allow401, /status of 401.*\/api\/v1\//);
      const note = `Kept for her ${width}`;
      const hers = await herChangeWaits(page, note);
      const other = await otherAccount(baseURL as string);

      await signIn(page, other);
      await expect(page.getByRole('heading', { name: held })).toBeVisible();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as a file' }).click(),
      ]);
      await expect(page.getByText(/^Downloaded 1 entry\./)).toBeVisible();
      const file = await readFile((await download.path()) as string, 'utf8');
      expect(file).toContain(note);

      // The file is a backup her account restores (checked on her other device).
      const laptop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const herLaptop = await laptop.newPage();
      await signIn(herLaptop, hers);
      await expect(herLaptop.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
      const restored = await herLaptop.request.post('/api/v1/import', {
        data: file,
        headers: { 'content-type': 'application/json' },
      });
      expect(restored.status()).toBe(200);
      expect((await restored.json()).imported.checkins).toBe(1);
      await laptop.close();

      // Still on the device: signing in as her sends it, and the restored copy is not doubled.
      await page.getByRole('button', { name: /^Sign in as m…@example\.test to send it$/ }).click();
      await expect(
        page.getByText('Sign in with the account of m…@example.test to send what is waiting.'),
      ).toBeVisible();
      await page.getByLabel('Email').fill(hers);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByTestId('sync-state')).toHaveText('All saved');
      await expect(page.getByTestId('checkin-entry')).toContainText(note);
      const onServer = await serverCheckins(page);
      expect(onServer).toHaveLength(1);
      expect(onServer[0]?.notes).toBe(note);
    });

    test('discarding another account’s waiting change needs a confirm, and only then is it gone', async ({
      page,
      browser,
      baseURL,
      pageErrors,
    }) => {
      pageErrors.allow(allow401, /status of 401.*\/api\/v1\//);
      const hers = await herChangeWaits(page, `Discarded ${width}`);
      const other = await otherAccount(baseURL as string);

      await signIn(page, other);
      await expect(page.getByRole('heading', { name: held })).toBeVisible();
      await page.getByRole('button', { name: 'Discard and sign in' }).click();
      await expect(
        page.getByText(/^Delete what m…@example\.test saved on this device for good\?/),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Go back' }).click();
      await page.getByRole('button', { name: 'Discard and sign in' }).click();
      await page.getByRole('button', { name: 'Yes, discard it' }).click();

      await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
      await expect(page.getByTestId('sync-state')).toHaveText('All saved');
      expect(await serverCheckins(page)).toHaveLength(0);
      const laptop = await browser.newContext();
      const herLaptop = await laptop.newPage();
      await signIn(herLaptop, hers);
      await expect(herLaptop.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
      expect(await serverCheckins(herLaptop)).toHaveLength(0);
      await laptop.close();
    });
  });
}
