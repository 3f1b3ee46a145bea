import { seriousViolations } from './axe';
import {
  AFTER_MENOPAUSE_ADVICE,
  AGE_LINE,
  HRT_ADVICE,
  localDay,
  logSpotting,
  seedLastPeriod14MonthsAgo,
} from './bleeding-seed';
import { expect, test } from './fixtures';
import { goOffline, openCheckinGroups, signUp, waitForServiceWorker } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('spotting 14 months after the last period: advice on saving, a Today card until booked, and above the stage', async ({
  page,
}) => {
  // A long journey with three axe scans on a shared machine.
  test.setTimeout(180_000);
  await signUp(page);
  await seedLastPeriod14MonthsAgo(page);

  await logSpotting(page);
  const note = page.getByTestId('bleeding-note');
  await expect(note).toContainText(AFTER_MENOPAUSE_ADVICE);
  await expect(note).toContainText(AGE_LINE);
  await expect(note).toContainText('If you did have periods in that time that are not in your log');
  await expect(note.getByRole('link', { name: 'When to get help' })).toBeVisible();
  // Screen readers hear it: the note sits in a polite live region that was there before it appeared.
  await expect(page.getByRole('status').filter({ has: note })).toHaveAttribute('aria-live', 'polite');
  expect(await seriousViolations(page)).toEqual([]);

  await page.reload();
  const card = page.getByTestId('bleeding-card');
  await expect(card).toContainText(AFTER_MENOPAUSE_ADVICE);
  await expect(card).toContainText(AGE_LINE);
  await expect(card).toContainText(`Bleeding logged on ${localDay()}.`);
  // Two answers and nothing that closes it; a tap elsewhere leaves it in place.
  await expect(card.getByRole('button')).toHaveText(['I have booked', 'Remind me tomorrow']);
  await expect(card.getByRole('link', { name: 'When to get help' })).toHaveAttribute(
    'href',
    '/help#bleeding',
  );
  await page.getByRole('heading', { name: 'How is your back today?' }).click();
  await page.mouse.click(5, 400);
  await expect(card).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The cycle page: the answer stands above the stage, and the stage says a check comes first.
  await page.goto('/cycle');
  const above = page.getByTestId('bleeding-cycle-card');
  await expect(above).toContainText(AFTER_MENOPAUSE_ADVICE);
  await expect(page.getByTestId('stage')).toHaveText(
    'Bleeding after 12 months without periods needs a check first',
  );
  const stageCard = page.getByRole('region', { name: 'Where you may be in the menopause transition' });
  const [aboveBox, stageBox] = [await above.boundingBox(), await stageCard.boundingBox()];
  expect(aboveBox && stageBox && aboveBox.y + aboveBox.height <= stageBox.y).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/');
  await card.getByRole('button', { name: 'Remind me tomorrow' }).click();
  await expect(card).toBeHidden();
  await expect(page.getByText('We will show this again tomorrow.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect(card).toBeHidden();

  // A day later it is back, until she says she booked.
  await page.clock.install({ time: new Date(Date.now() + 24 * 60 * 60 * 1000) });
  await page.reload();
  await expect(card).toContainText(AFTER_MENOPAUSE_ADVICE);
  await card.getByRole('button', { name: 'I have booked' }).click();
  await expect(card).toBeHidden();
  // A mistaken tap can be taken back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'I have booked' }).click();
  await expect(card).toBeHidden();
  // Both answers went through the outbox to the server, once each.
  await expect
    .poll(async () =>
      ((await (await page.request.get('/api/v1/bleeding-answers')).json()).items as { answer: string }[])
        .map((a) => a.answer)
        .sort(),
    )
    .toEqual(['booked', 'remind_tomorrow']);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect(card).toBeHidden();
});

test('offline, the same spotting still shows the advice on saving', async ({ page, context }) => {
  await signUp(page);
  await seedLastPeriod14MonthsAgo(page);
  await waitForServiceWorker(page);

  await goOffline(context);
  await logSpotting(page);
  await expect(page.getByText("Saved on this device. It will sync when you're back online.")).toBeVisible();
  const note = page.getByTestId('bleeding-note');
  await expect(note).toContainText(AFTER_MENOPAUSE_ADVICE);
  await expect(note).toContainText(AGE_LINE);
  await expect(page.getByTestId('bleeding-card')).toContainText(AFTER_MENOPAUSE_ADVICE);
});

test('on continuous HRT started 8 months ago, the same spotting gives the HRT advice', async ({ page }) => {
  await signUp(page);
  await seedLastPeriod14MonthsAgo(page, {
    hrt: true,
    hrtStartDate: localDay(-243),
    hrtRegimen: 'continuous',
  });

  await logSpotting(page);
  const note = page.getByTestId('bleeding-note');
  await expect(note).toContainText(HRT_ADVICE);
  await expect(note).not.toContainText(AFTER_MENOPAUSE_ADVICE);
  await expect(note).not.toContainText(AGE_LINE);
  await expect(page.getByTestId('regimen-question')).toHaveCount(0);
  await expect(page.getByTestId('bleeding-card')).toContainText(HRT_ADVICE);
});

test('on HRT without a regimen, logging bleeding asks for it, saves it to the profile and checks again', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signUp(page);
  await seedLastPeriod14MonthsAgo(page, { hrt: true, hrtStartDate: localDay(-243) });

  await logSpotting(page);
  // Without a regimen the answer is the calm HRT note (spec §7.5), and the app asks.
  const note = page.getByTestId('bleeding-note');
  await expect(note).toContainText('Some bleeding is common in the first 6 months of HRT');
  const question = page.getByTestId('regimen-question');
  await expect(question.getByRole('group', { name: 'Which kind of HRT do you take?' })).toBeVisible();
  await expect(question).toContainText('Why we ask:');
  expect(await seriousViolations(page)).toEqual([]);
  await question.getByRole('radio', { name: 'Continuous — no planned bleeds' }).check();
  await question.getByRole('button', { name: 'Save to my profile' }).click();

  await expect(note).toContainText(HRT_ADVICE);
  await expect(question).toHaveCount(0);
  const profile = await (await page.request.get('/api/v1/profile')).json();
  expect(profile.profile.hrtRegimen).toBe('continuous');

  // The profile shows the regimen and the change date, each with its reason.
  await page.goto('/profile');
  const regimen = page.getByRole('group', { name: 'Which kind of HRT do you take?' });
  await expect(regimen.getByRole('radio', { name: 'Continuous — no planned bleeds' })).toBeChecked();
  await expect(regimen.getByRole('radio', { name: 'Cyclical — a planned monthly bleed' })).not.toBeChecked();
  await expect(page.getByLabel('When did you last change your HRT dose or product?')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('on HRT with no start date or regimen, the app asks for both; with them the HRT advice comes', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signUp(page);
  await seedLastPeriod14MonthsAgo(page, { hrt: true });

  await logSpotting(page);
  const question = page.getByTestId('regimen-question');
  await expect(question.getByRole('group', { name: 'Which kind of HRT do you take?' })).toBeVisible();
  const started = question.getByLabel('When did you start HRT?');
  await expect(started).toBeVisible();
  await question.getByRole('radio', { name: 'Continuous — no planned bleeds' }).check();
  await started.fill(localDay(-243));
  await question.getByRole('button', { name: 'Save to my profile' }).click();

  await expect(page.getByTestId('bleeding-note')).toContainText(HRT_ADVICE);
  await expect(question).toHaveCount(0);
  const { profile } = await (await page.request.get('/api/v1/profile')).json();
  expect(profile).toMatchObject({ hrtRegimen: 'continuous', hrtStartDate: localDay(-243) });
});

test('adding spotting to a check-in by editing it shows the advice there instead of leaving', async ({
  page,
}) => {
  await signUp(page);
  await seedLastPeriod14MonthsAgo(page);
  await page.getByRole('radiogroup', { name: 'Pain right now' }).getByRole('radio', { name: /^4\b/ }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByTestId('bleeding-note')).toHaveCount(0);

  await page
    .getByTestId('checkin-entry')
    .getByRole('link', { name: /^Edit check-in/ })
    .click();
  // Today's form has the same field: wait for the edit page (its code loads on the way) before choosing.
  await expect(page.getByRole('heading', { name: 'Edit check-in' })).toBeVisible();
  await openCheckinGroups(page, 'body');
  await page.getByLabel('Bleeding today').selectOption('spotting');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('bleeding-note')).toContainText(AFTER_MENOPAUSE_ADVICE);
  await expect(page.getByRole('heading', { name: 'Edit check-in' })).toBeVisible();
  await page.getByRole('link', { name: 'Today', exact: true }).first().click();
  await expect(page.getByTestId('bleeding-card')).toContainText(AFTER_MENOPAUSE_ADVICE);
});
