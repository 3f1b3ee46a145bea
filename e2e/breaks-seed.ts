import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

/** Breaks on every day of the week, all day, pomodoro, with a standing desk (through the API). */
export async function seedBreakSettings(page: Page, standingDesk = true) {
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const res = await page.request.put('/api/v1/breaks/settings', {
    data: {
      enabled: true,
      timeZone,
      workDays: [1, 2, 3, 4, 5, 6, 7],
      start: '08:00',
      end: '18:00',
      mode: 'pomodoro',
      lunch: { start: '12:30', end: '13:30' },
      standingDesk,
    },
  });
  expect(res.status()).toBe(200);
}

/** A week of break answers: a few taken, snoozed and skipped each day, all in the past. */
export async function seedBreakWeek(page: Page) {
  const now = Date.now();
  const pattern = [5, 3, 6, 2, 4, 7, 3];
  for (const [daysAgo, taken] of pattern.entries()) {
    for (let i = 0; i < taken + 2; i++) {
      const action = i < taken ? 'taken' : i === taken ? 'snoozed' : 'skipped';
      const at = new Date(now - daysAgo * 86_400_000 - (i + 1) * 25 * 60_000).toISOString();
      const res = await page.request.post('/api/v1/breaks/log', {
        data: {
          id: randomUUID(),
          at,
          action,
          ...(action === 'taken' ? { routineId: 'desk-back-release' } : {}),
        },
      });
      expect(res.status()).toBe(201);
    }
  }
}

/** A desk check answered through the API; `pick(i)` chooses which answer of question i. */
export async function seedDeskCheck(page: Page, pick: (i: number) => number) {
  const { items } = (await (await page.request.get('/api/v1/ergonomics/questions')).json()) as {
    items: { id: string; options: { value: string }[] }[];
  };
  const answers = Object.fromEntries(
    items.map((q, i) => [q.id, (q.options[pick(i) % q.options.length] ?? q.options[0])?.value]),
  );
  const res = await page.request.post('/api/v1/ergonomics', { data: { answers } });
  expect(res.status()).toBe(201);
}

/** Milliseconds from the page's (fake) now to the next reminder the server plans. */
export async function msToNextReminder(page: Page): Promise<number> {
  const now = await page.evaluate(() => Date.now());
  const res = await page.request.get(`/api/v1/breaks/next?from=${new Date(now).toISOString()}&count=1`);
  const { items } = (await res.json()) as { items: { at: string }[] };
  expect(items).toHaveLength(1);
  return Date.parse(items[0]?.at ?? '') - now;
}

/** Breaks taken and snoozed in the last day, as the server counts them. */
export async function countedBreaks(page: Page) {
  const now = Date.now();
  const range = `from=${new Date(now - 86_400_000).toISOString()}&to=${new Date(now + 60_000).toISOString()}`;
  const { taken, snoozed } = await (await page.request.get(`/api/v1/breaks/stats?${range}`)).json();
  return { taken, snoozed };
}
