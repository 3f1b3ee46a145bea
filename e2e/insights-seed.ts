import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

/** `daysAgo` days before now at `hour`:00 local time, as ISO-8601 with the local offset. */
function localTime(daysAgo: number, hour: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hour, 0, 0, 0);
  const offset = -d.getTimezoneOffset();
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
const localDate = (daysAgo: number) => localTime(daysAgo, 12).slice(0, 10);

/**
 * A signed-in user's history through the API: one morning check-in on each of the `days` days before today,
 * with a planted pattern (pain about 3 points higher after 5-hour nights, every third day), stress that
 * goes with nothing, periods every 28 days and physio started 45 days ago.
 */
export async function seedInsights(page: Page, days = 120): Promise<void> {
  const posts = [];
  for (let ago = days; ago >= 1; ago--) {
    const short = ago % 3 === 0;
    posts.push({
      id: randomUUID(),
      recordedAt: localTime(ago, 8),
      pain: (short ? 6 : 3) + (ago % 2),
      sleepHours: short ? 5 : 8,
      stress: (ago * 7) % 11,
    });
  }
  // A few at a time: fast, without flooding the single-connection database.
  for (let i = 0; i < posts.length; i += 8) {
    const batch = posts.slice(i, i + 8).map((data) => page.request.post('/api/v1/checkins', { data }));
    for (const res of await Promise.all(batch)) expect(res.status()).toBe(201);
  }
  for (let start = days - 8; start > 0; start -= 28) {
    const res = await page.request.post('/api/v1/periods', {
      data: { startDate: localDate(start), endDate: localDate(start - 4) },
    });
    expect(res.status()).toBe(201);
  }
  const physio = await page.request.post('/api/v1/treatments', {
    data: { kind: 'physio', name: 'Physio', startDate: localDate(45) },
  });
  expect(physio.status()).toBe(201);
}
