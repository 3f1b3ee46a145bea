import { expect, test } from './fixtures';
import {
  goOffline,
  goOnline,
  openCheckinGroups,
  painRadio,
  serverCheckins,
  signUp,
  waitForServiceWorker,
} from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('opens offline, keeps a check-in in the outbox, and syncs it exactly once when back online', async ({
  page,
  context,
}) => {
  await signUp(page);
  // The service worker must control the page before the network goes away.
  await waitForServiceWorker(page);

  await goOffline(context);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText('Offline');

  await painRadio(page, 8).click();
  await page.getByRole('checkbox', { name: 'Right hip' }).check();
  await openCheckinGroups(page, 'day');
  await page.getByLabel('Note (optional)').fill('Written on the train');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText("Saved on this device. It will sync when you're back online.")).toBeVisible();
  const entry = page.getByTestId('checkin-entry');
  await expect(entry).toContainText('Waiting to sync');
  await expect(page.getByTestId('sync-state')).toHaveText('Offline · 1 waiting');

  // Still there after a reload without network: it lives in the on-device outbox.
  await page.reload();
  await expect(page.getByTestId('checkin-entry')).toContainText('Written on the train');
  await expect(page.getByTestId('checkin-entry')).toContainText('Waiting to sync');

  await goOnline(context);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await expect(page.getByTestId('checkin-entry')).not.toContainText('Waiting to sync');
  const onServer = await serverCheckins(page);
  expect(onServer).toHaveLength(1);
  expect(onServer[0]).toMatchObject({ pain: 8, notes: 'Written on the train' });

  // Coming back again (another reload, another sync pass) never duplicates it.
  await page.reload();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  expect(await serverCheckins(page)).toHaveLength(1);
});

test('signing out while a change waits to sync warns in the page, and staying keeps it', async ({
  page,
  context,
}) => {
  await signUp(page);
  await waitForServiceWorker(page);
  await goOffline(context);
  await painRadio(page, 3).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('Offline · 1 waiting');

  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  const warning = page.getByRole('alert');
  await expect(warning).toContainText('1 change is still waiting to sync. If you sign out now, it is lost.');
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning).toBeHidden();

  await goOnline(context);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  expect(await serverCheckins(page)).toHaveLength(1);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('a list refresh that left before a save does not hide the saved check-in when it lands', async ({
  page,
}) => {
  await signUp(page);
  // Hold the refresh of today's list until the save has gone through, then answer with what the
  // server held before the save: the stale answer a slow network can deliver.
  let fetched!: () => void;
  const listFetched = new Promise<void>((resolve) => {
    fetched = resolve;
  });
  let saved!: () => void;
  const checkinSaved = new Promise<void>((resolve) => {
    saved = resolve;
  });
  await page.route('**/api/v1/checkins?*', async (route) => {
    const stale = await route.fetch();
    fetched();
    await checkinSaved;
    await route.fulfill({ response: stale });
  });
  await page.route('**/api/v1/checkins', async (route) => {
    await listFetched;
    await route.fulfill({ response: await route.fetch() });
    saved();
  });
  await page.reload();
  await listFetched;
  await painRadio(page, 4).click();
  await openCheckinGroups(page, 'day');
  await page.getByLabel('Note (optional)').fill('Saved while the list was loading');
  const staleList = page.waitForResponse('**/api/v1/checkins?*');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  await staleList;
  // Give the stale answer time to be applied to the device copy, then check nothing was lost.
  await page.waitForTimeout(500);
  await expect(page.getByTestId('checkin-entry')).toContainText('Saved while the list was loading');
  expect(await serverCheckins(page)).toHaveLength(1);
});
