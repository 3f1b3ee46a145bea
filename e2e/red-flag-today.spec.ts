import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { signUp } from './helpers';

async function answer(page: Page, question: RegExp, yes: boolean) {
  await page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: yes ? 'Yes' : 'No' })
    .check();
}

/** A safety check kept as if she had taken it `daysAgo` days ago. */
async function pastScreening(page: Page, daysAgo: number, answers: Record<string, boolean>) {
  const recordedAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const res = await page.request.post('/api/v1/screenings', {
    data: { id: crypto.randomUUID(), recordedAt, input: { age: 52, answers } },
  });
  expect(res.status()).toBe(201);
}

for (const width of [390, 1280]) {
  test.describe(`red-flag results at ${width} px`, () => {
    test.use({ viewport: { width, height: 860 } });

    test('today\'s emergency result stays on Today after "I understand" and a reload; no cancer line when she has not had cancer', async ({
      page,
    }) => {
      await signUp(page);
      await page.getByRole('link', { name: 'Take the safety check' }).click();
      await page.getByLabel('Your age').fill('49');
      await answer(page, /numbness or tingling around your bottom/, true);
      await page.getByRole('button', { name: 'See my result' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Get emergency help now' });
      await expect(dialog).toBeVisible();
      await expect(dialog).not.toContainText('cancer team');
      await page.getByRole('button', { name: 'I understand' }).click();

      const card = page.getByRole('region', { name: 'Your safety check today: Get emergency help now' });
      await expect(card).toBeVisible();
      await expect(card.getByText('Call your local emergency number now')).toBeVisible();
      await page.reload();
      await expect(card).toBeVisible();
      await card.getByRole('link', { name: 'See the full advice' }).click();
      await expect(page.getByText(/^Some of your answers can be signs of a serious problem/)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the day after an urgent result Today asks "did you get checked?", keeps the advice on "not yet", and stores her answer', async ({
      page,
    }) => {
      await signUp(page);
      await pastScreening(page, 1, { fever: true, unwell_generally: true });
      await page.reload();
      const card = page.getByRole('region', { name: 'Did you get checked?' });
      await expect(card).toContainText('Yesterday your safety check said: See a clinician today');
      expect(await seriousViolations(page)).toEqual([]);

      await card.getByRole('button', { name: 'Not yet' }).click();
      await expect(card).toContainText('We will ask again tomorrow');
      await expect(card).toContainText('Some of your answers need a clinician to check you today');
      await card.getByRole('button', { name: 'Yes, I got checked' }).click();
      await expect(card).toHaveCount(0);
      await expect
        .poll(async () => (await (await page.request.get('/api/v1/screenings')).json()).items[0].followUp)
        .toBe('checked');
      await page.reload();
      await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Did you get checked?' })).toHaveCount(0);
    });
  });
}

test('the cancer-team line shows only for someone who said she has had cancer', async ({ page }) => {
  await signUp(page);
  await page.getByRole('link', { name: 'Take the safety check' }).click();
  await page.getByLabel('Your age').fill('58');
  await answer(page, /numbness or tingling around your bottom/, true);
  await answer(page, /Have you ever had cancer/, true);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Get emergency help now' })).toContainText(
    'If you have a cancer team or an acute-oncology helpline, call it as well.',
  );
});

test('the safety check does not ask again what her profile answers, and she can change it', async ({
  page,
}) => {
  await signUp(page);
  const put = await page.request.put('/api/v1/profile', {
    data: { birthYear: 1968, boneHealth: 'osteoporosis', cancerHistory: true, longTermSteroids: false },
  });
  expect(put.status()).toBe(200);
  await page.goto('/screening');
  const cancer = page.getByRole('group', { name: /Have you ever had cancer/ });
  await expect(cancer).toContainText('Yes · from your profile');
  await expect(cancer.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('group', { name: /osteoporosis/i })).toContainText('Yes · from your profile');
  await expect(page.getByRole('group', { name: /steroid/i })).toContainText('No · from your profile');
  // Not in the profile: asked as usual.
  await expect(page.getByRole('group', { name: /immune system/i }).getByRole('radio')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);

  await cancer.getByRole('button', { name: 'Change' }).click();
  const asked = page.getByRole('group', { name: /Have you ever had cancer/ });
  await expect(asked.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await asked.getByRole('radio', { name: 'No' }).check();
  await answer(page, /numbness or tingling around your bottom/, true);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Get emergency help now' })).not.toContainText(
    'cancer team',
  );
});
