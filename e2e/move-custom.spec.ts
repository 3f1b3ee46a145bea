import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { goOffline, goOnline, signUp } from './helpers';

// Editing her own exercises and routines on /move/custom, and Undo after removing one.

async function signedIn(browser: Browser, width = 390, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await signUp(page);
  return { context, page };
}

/** Her own exercise straight through the API (the page's session), answered with its id. */
async function seedExercise(page: Page, name: string): Promise<string> {
  const id = randomUUID();
  const res = await page.request.post('/api/v1/custom-exercises', {
    data: { id, name, steps: ['Lie on your back.', 'Slide one heel away and back.'], dose: doseReps(10, 1) },
  });
  expect(res.status()).toBe(201);
  return id;
}
const doseReps = (reps: number, sets: number) => ({ kind: 'reps', reps, sets, secondsPerRep: 3 });

const ownExercise = (page: Page, name: string) =>
  page.getByTestId('custom-exercise').filter({ hasText: name });

test('she edits her own exercise: name and dose change everywhere, Cancel keeps it as it was', async ({
  browser,
}) => {
  const { context, page } = await signedIn(browser);
  await page.goto('/move/custom');
  await page.getByLabel('Name', { exact: true }).fill('Heel slides');
  await page.getByLabel('Steps').fill('Lie on your back.\nSlide one heel away and back.');
  await page.getByRole('button', { name: 'Add exercise' }).first().click();
  await expect(ownExercise(page, 'Heel slides')).toContainText('10 reps');

  // Cancel: nothing changes, focus returns to the item's Edit button.
  await page.getByRole('button', { name: 'Edit Heel slides' }).click();
  const form = page.getByRole('form', { name: 'Edit Heel slides' });
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  await form.getByLabel('Name', { exact: true }).fill('Something else');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(ownExercise(page, 'Heel slides')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Heel slides' })).toBeFocused();

  // Escape cancels too.
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Edit Heel slides' })).toBeFocused();

  // A mistake is named next to its field; nothing is saved.
  await page.getByRole('button', { name: 'Edit Heel slides' }).click();
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Heel slides');
  await expect(form.getByLabel('Steps')).toHaveValue('Lie on your back.\nSlide one heel away and back.');
  await form.getByLabel('Name', { exact: true }).fill('');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Give it a name.')).toBeVisible();
  await expect(form.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Name', { exact: true }).fill('Heel slides, slower');
  await form.getByLabel('Repetitions per set').fill('12');
  await form.getByLabel('Sets').fill('2');
  await form.getByLabel('Notes (optional)').fill('Stop if it pulls behind the knee.');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect(ownExercise(page, 'Heel slides, slower')).toContainText('12 reps × 2');
  await expect(page.getByRole('button', { name: 'Edit Heel slides, slower' })).toBeFocused();
  await expect(page.getByTestId('custom-exercise')).toHaveCount(1);

  await page.reload();
  await expect(ownExercise(page, 'Heel slides, slower')).toContainText('12 reps × 2');
  await page.getByRole('link', { name: 'Heel slides, slower' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Heel slides, slower' })).toBeVisible();
  await expect(page.getByText('12 reps × 2')).toBeVisible();
  await expect(page.getByText('Stop if it pulls behind the knee.')).toBeVisible();
  await page.screenshot({ path: '.tmp/shots/move-custom-detail-390.png', fullPage: true });

  // From the detail page, Edit opens the same form, pre-filled.
  await page.getByRole('link', { name: 'Edit Heel slides, slower' }).click();
  const again = page.getByRole('form', { name: 'Edit Heel slides, slower' });
  await expect(again.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(again.getByLabel('Repetitions per set')).toHaveValue('12');
  await expect(again.getByLabel('Notes (optional)')).toHaveValue('Stop if it pulls behind the knee.');
  await context.close();
});

test('an edit made offline is refused with a clear reason and kept as typed', async ({ browser }) => {
  const { context, page } = await signedIn(browser);
  await seedExercise(page, 'Clamshell from physio');
  await page.goto('/move/custom');
  await page.getByRole('button', { name: 'Edit Clamshell from physio' }).click();
  const form = page.getByRole('form', { name: 'Edit Clamshell from physio' });
  await form.getByLabel('Name', { exact: true }).fill('Clamshell, band');
  await goOffline(context);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toHaveText("You're offline. Try again when you're connected.");
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Clamshell, band');
  await goOnline(context);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(ownExercise(page, 'Clamshell, band')).toBeVisible();
  // The device copy the player and plan use offline has the new name too.
  const cachedNames = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('spinekind');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('cached').objectStore('cached').get('custom-exercises');
          get.onsuccess = () => resolve((get.result?.value ?? []).map((e: { name: string }) => e.name));
        };
      }),
  );
  expect(cachedNames).toEqual(['Clamshell, band']);
  await context.close();
});

test('she renames her routine and changes its order', async ({ browser }) => {
  const { context, page } = await signedIn(browser);
  const res = await page.request.post('/api/v1/custom-routines', {
    data: { name: 'Physio homework', items: [{ exerciseId: 'glute-bridge' }, { exerciseId: 'bird-dog' }] },
  });
  expect(res.status()).toBe(201);
  await page.goto('/move/custom');
  await page.getByRole('button', { name: 'Edit Physio homework' }).click();
  const form = page.getByRole('form', { name: 'Edit Physio homework' });
  await expect(form.getByLabel('Routine name')).toBeFocused();
  await expect(form.getByRole('listitem')).toHaveText([/Glute bridge/, /Bird dog/]);
  await form.getByLabel('Routine name').fill('Evening homework');
  await form.getByRole('button', { name: 'Move Bird dog up' }).click();
  // Focus follows the moved row; at the top its other arrow takes it.
  await expect(form.getByRole('button', { name: 'Move Bird dog down' })).toBeFocused();
  await expect(form.getByRole('listitem')).toHaveText([/Bird dog/, /Glute bridge/]);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('custom-routine')).toHaveText(/Evening homework/);
  await expect(page.getByRole('button', { name: 'Edit Evening homework' })).toBeFocused();

  await page.reload();
  await page.getByRole('link', { name: 'Play Evening homework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evening homework' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Pain right now' }).getByRole('radio', { name: /^2\b/ }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('player-exercise')).toHaveText('Bird dog');
  await expect(page.getByTestId('player-progress')).toContainText('Exercise 1 of 2');
  await context.close();
});

test('Undo brings a removed exercise back, also after a reload', async ({ browser }) => {
  const { context, page } = await signedIn(browser);
  await seedExercise(page, 'Heel slides');
  await seedExercise(page, 'Wall press');
  await page.goto('/move/custom');
  await page.getByRole('button', { name: 'Remove Heel slides' }).click();
  await expect(page.getByText('Heel slides removed.')).toBeVisible();
  await expect(ownExercise(page, 'Heel slides')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your exercises' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Heel slides is back.')).toBeVisible();
  await expect(ownExercise(page, 'Heel slides')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Heel slides' })).toBeFocused();
  await page.reload();
  await expect(page.getByTestId('custom-exercise')).toHaveText([/Heel slides/, /Wall press/]);

  // A routine comes back the same way.
  await page.request.post('/api/v1/custom-routines', {
    data: { name: 'Short one', items: [{ exerciseId: 'cat-cow' }] },
  });
  await page.reload();
  await page.getByRole('button', { name: 'Remove Short one' }).click();
  await expect(page.getByTestId('custom-routine')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Play Short one' })).toBeVisible();
  await context.close();
});

for (const [width, colorScheme] of [
  [390, 'light'],
  [1280, 'dark'],
] as const) {
  test(`editing is axe clean at ${width}px in ${colorScheme} mode`, async ({ browser }) => {
    const { context, page } = await signedIn(browser, width, colorScheme);
    await seedExercise(page, 'Heel slides');
    await page.request.post('/api/v1/custom-routines', {
      data: { name: 'Physio homework', items: [{ exerciseId: 'glute-bridge' }, { exerciseId: 'bird-dog' }] },
    });
    await page.goto('/move/custom');
    await page.getByRole('button', { name: 'Edit Heel slides' }).click();
    const form = page.getByRole('form', { name: 'Edit Heel slides' });
    await form.getByLabel('Name', { exact: true }).fill('');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form.getByText('Give it a name.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({
      path: `.tmp/shots/move-custom-edit-${width}-${colorScheme}.png`,
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Edit Physio homework' }).click();
    await expect(page.getByRole('form', { name: 'Edit Physio homework' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({
      path: `.tmp/shots/move-custom-edit-routine-${width}-${colorScheme}.png`,
      fullPage: true,
    });
    await context.close();
  });
}

test('an edit based on an old copy is refused when another device changed it first; done again, it goes through', async ({
  browser,
  pageErrors,
}) => {
  pageErrors.allow(
    'the stale edit is refused on purpose: 409 conflict',
    /status of 409.*\/api\/v1\/custom-exercises\//,
  );
  const { context, page } = await signedIn(browser);
  const id = await seedExercise(page, 'Bird dog');
  await page.goto('/move/custom');
  await page.getByRole('button', { name: 'Edit Bird dog' }).click();
  const form = page.getByRole('form', { name: /^Edit Bird dog/ });
  await form.getByLabel('Name', { exact: true }).fill('Bird dog, slow');

  // Meanwhile her laptop (same account) renames it.
  const other = await page.request.patch(`/api/v1/custom-exercises/${id}`, {
    data: { name: 'Bird dog from physio' },
  });
  expect(other.status()).toBe(200);
  const names = async () =>
    ((await (await page.request.get('/api/v1/custom-exercises')).json()).items as { name: string }[]).map(
      (x) => x.name,
    );

  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toContainText(
    'This was changed on another device a moment ago, so nothing was saved.',
  );
  // The laptop's change was not overwritten, and what she typed is still there.
  expect(await names()).toEqual(['Bird dog from physio']);
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Bird dog, slow');

  // Done again, now on the latest copy, her change goes through.
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect(ownExercise(page, 'Bird dog, slow')).toBeVisible();
  expect(await names()).toEqual(['Bird dog, slow']);
  await context.close();
});
