import { expect, test } from '@playwright/test';
import { painRadio, serverCheckins, signUp } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('opens offline, keeps a check-in in the outbox, and syncs it exactly once when back online', async ({
  page,
  context,
}) => {
  await signUp(page);
  // The service worker must control the page before the network goes away.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText('Offline');

  await painRadio(page, 8).click();
  await page.getByRole('checkbox', { name: 'Right hip' }).check();
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

  await context.setOffline(false);
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
