import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { goOffline, openCheckinGroups, painRadio, signIn, signUp } from './helpers';

/** Opens today's (first) check-in for editing and waits for the edit page (its code loads on the way). */
export async function openEdit(page: Page): Promise<void> {
  await page
    .getByTestId('checkin-entry')
    .first()
    .getByRole('link', { name: /^Edit check-in/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Edit check-in' })).toBeVisible();
}

/** Another device of hers (a laptop at 1280 px unless told), signed in and showing the check-in of pain 4. */
export async function anotherDevice(
  browser: Browser,
  email: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ device: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport });
  const device = await context.newPage();
  await signIn(device, email);
  await expect(device.getByTestId('checkin-entry')).toContainText('Pain 4');
  return { device, context };
}

/** Her phone (the test's page) and her laptop (1280 px), one account, one check-in of pain 4 on both. */
export async function twoDevices(page: Page, browser: Browser) {
  const email = await signUp(page);
  await painRadio(page, 4).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  const { device: laptop, context: laptopContext } = await anotherDevice(browser, email);
  return { email, laptop, laptopContext };
}

/**
 * Edits the first check-in's pain and/or note, saves, and goes back to Today. `offline`: the device goes
 * offline once the edit page is open (its code is loaded on the way there).
 */
export async function editCheckin(
  page: Page,
  change: { pain?: number; note?: string; offline?: boolean },
): Promise<void> {
  await openEdit(page);
  if (change.offline) await goOffline(page.context());
  if (change.pain !== undefined) await painRadio(page, change.pain).click();
  if (change.note !== undefined) {
    await openCheckinGroups(page, 'day');
    await page.getByLabel('Note (optional)').fill(change.note);
  }
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Check-in updated.').first()).toBeVisible();
  await page.getByRole('link', { name: 'Today', exact: true }).first().click();
}
