import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { goOffline, goOnline, painRadio, signUp, waitForServiceWorker } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

async function answer(page: Page, question: RegExp, yes: boolean) {
  await page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: yes ? 'Yes' : 'No' })
    .check();
}

test('saddle numbness shows the emergency screen, which stays until "I understand", and is listed in History', async ({
  page,
}) => {
  await signUp(page);
  // A new account's welcome offers it first thing.
  await expect(page.getByTestId('welcome')).toContainText('The safety check takes about 2 minutes');
  await page.getByRole('link', { name: 'Take the safety check' }).click();
  await expect(page.getByRole('heading', { name: 'Safety check' })).toBeVisible();
  await page.getByLabel('Your age').fill('47');
  await answer(page, /numbness or tingling around your bottom/, true);
  await page.getByRole('button', { name: 'See my result' }).click();

  const dialog = page.getByRole('alertdialog', { name: 'Get emergency help now' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Call your local emergency number now');
  await expect(dialog).toContainText('New numbness around your bottom, genitals or inner thighs');
  expect(await seriousViolations(page)).toEqual([]);

  // No way out but the explicit confirmation: Escape and Back leave it in place.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await page.goBack();
  await page.goForward();
  await expect(page.getByRole('alertdialog', { name: 'Get emergency help now' })).toBeVisible();
  await page.getByRole('button', { name: 'I understand' }).click();
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('screening-entry')).toContainText('Safety check: Get emergency help now');
  await expect
    .poll(async () => (await (await page.request.get('/api/v1/screenings')).json()).items.length)
    .toBe(1);
  const [saved] = (await (await page.request.get('/api/v1/screenings')).json()).items;
  expect(saved).toMatchObject({ level: 'emergency', reasons: ['saddle_numbness'] });
  expect(saved.acknowledgedAt).not.toBeNull();
});

test('the emergency number comes from the profile country', async ({ page }) => {
  await signUp(page);
  expect(
    (await page.request.put('/api/v1/profile', { data: { country: 'GB', birthYear: 1979 } })).status(),
  ).toBe(200);
  await page.goto('/screening');
  await expect(page.getByLabel('Your age')).toHaveValue(String(new Date().getFullYear() - 1979));
  await answer(page, /pain, numbness or tingling going down both legs/, true);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('link', { name: 'Call 999 now' })).toHaveAttribute('href', 'tel:999');
});

test('an urgent result says whom to contact and keeps a booking to-do on Today until booked', async ({
  page,
}) => {
  await signUp(page);
  await page.getByRole('link', { name: 'Something new or worrying?' }).click();
  await page.getByLabel('Your age').fill('52');
  await answer(page, /temperature of 38/, true);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByText('See a clinician today', { exact: true })).toBeVisible();
  await expect(page.getByText('High temperature or feeling hot and shivery')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Remind me to book' }).click();
  await expect(page.getByText('We will show this on your Today screen until you have booked.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to Today' }).click();
  await expect(page.getByText(/^To do: Call your doctor's practice/)).toBeVisible();
  await page.getByRole('button', { name: "I've booked it" }).click();
  await expect(page.getByText(/^To do:/)).toHaveCount(0);
});

test('no warning signs gives a calm self-care result', async ({ page }) => {
  await signUp(page);
  await page.goto('/screening');
  await page.getByLabel('Your age').fill('46');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByText('No warning signs found')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Gentle routines for your back' }).click();
  await expect(page.getByRole('heading', { name: 'Move', level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary')).toContainText('new numbness around your bottom or genitals');
});

test("today's emergency result is shown again whenever she enters the routines", async ({ page }) => {
  await signUp(page);
  await page.goto('/screening');
  await page.getByLabel('Your age').fill('50');
  await answer(page, /numbness or tingling around your bottom/, true);
  await page.getByRole('button', { name: 'See my result' }).click();
  await page.getByRole('button', { name: 'I understand' }).click();
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();

  for (let visit = 0; visit < 2; visit++) {
    await page.getByRole('navigation').getByRole('link', { name: 'Move', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Get emergency help now' });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Move', level: 1 })).toHaveCount(0);
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect(page.getByRole('heading', { name: 'Move', level: 1 })).toBeVisible();
    // Moving around inside the routines does not ask again; leaving and coming back does.
    await page
      .getByRole('link', { name: /library/i })
      .first()
      .click();
    await expect(dialog).toHaveCount(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  }
});

/** A screening some days ago (two by default), so today's prompts are not the first-use one. */
async function seedEarlierScreening(page: Page, daysAgo = 2) {
  const recordedAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const res = await page.request.post('/api/v1/screenings', {
    data: { id: crypto.randomUUID(), recordedAt, input: { age: 46, answers: {} } },
  });
  expect(res.status()).toBe(201);
}

test('offers the safety check again a week after the last one', async ({ page }) => {
  await signUp(page);
  await seedEarlierScreening(page, 8);
  await page.reload();
  await expect(page.getByText('It has been a week since your last safety check.')).toBeVisible();
});

test('offers the safety check when pain spreads below the knee', async ({ page }) => {
  await signUp(page);
  await seedEarlierScreening(page);
  await page.reload();
  await expect(page.getByText('New here?')).toHaveCount(0);
  await painRadio(page, 5).click();
  await page.locator('[data-area="below_knee_left"]').first().click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(
    page.getByText('Pain shooting down the leg or spreading below the knee is worth a quick safety check.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Take the safety check' }).click();
  await expect(page.getByRole('heading', { name: 'Safety check' })).toBeVisible();
});

test('offers the safety check when pain is 3+ points above the last 7 days', async ({ page }) => {
  await signUp(page);
  await seedEarlierScreening(page);
  for (const daysAgo of [1, 2, 3]) {
    const at = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
    await page.request.post('/api/v1/checkins', { data: { recordedAt: at, pain: 2 } });
  }
  await page.reload();
  await painRadio(page, 5).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Your pain is much higher than your average of the last week.')).toBeVisible();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByText('Your pain is much higher')).toHaveCount(0);
});

test('works offline: the rules run on the device and the result syncs later', async ({ page, context }) => {
  await signUp(page);
  await waitForServiceWorker(page);
  await page.goto('/screening');
  await expect(page.getByRole('heading', { name: 'Safety check' })).toBeVisible();
  await goOffline(context);
  await page.getByLabel('Your age').fill('58');
  await answer(page, /bladder/, true);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Get emergency help now' })).toBeVisible();
  await page.getByRole('button', { name: 'I understand' }).click();
  await goOnline(context);
  await expect(page.getByTestId('sync-state')).toHaveText('All saved');
  const items = (await (await page.request.get('/api/v1/screenings')).json()).items;
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ level: 'emergency', reasons: ['bladder_change'] });
});
