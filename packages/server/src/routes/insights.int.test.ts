import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-06-30T12:00:00Z') });
const day = (i: number) => new Date(Date.UTC(2026, 3, 1) + i * 86_400_000).toISOString().slice(0, 10);

describe('GET /api/v1/insights', () => {
  it('finds a planted sleep pattern with its range and sample size, in plain words', async () => {
    const u = await t.newUser();
    // 80 days: short nights (5 h) on every third day, and pain 3 points higher the same morning.
    for (let i = 0; i < 80; i++) {
      const short = i % 3 === 0;
      await u.call('POST', '/api/v1/checkins', {
        recordedAt: `${day(i)}T08:00:00Z`,
        pain: (short ? 6 : 3) + (i % 2),
        sleepHours: short ? 5 : 8,
        stress: (i * 7) % 11,
      });
    }
    const res = await u.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(79)}`);
    expect(res.status).toBe(200);
    expect(res.json.days).toBe(80);
    const sleep = res.json.drivers.find(
      (d: { driver: string; lag: number }) => d.driver === 'sleepHours' && d.lag === 1,
    );
    expect(sleep).toMatchObject({ status: 'likely', n: 80 });
    expect(sleep.effect).toBeLessThan(-0.9);
    expect(sleep.ciHigh).toBeLessThan(0);
    expect(sleep.sentence).toMatch(/not proof of cause/);
    expect(sleep.sentence).not.toMatch(/\b(causes|caused|triggers?|makes)\b/);
    expect(res.json.trend).toBeDefined();
    expect(res.json.cycle.byPhase).toHaveLength(5);
  });

  it("says there is not enough data yet for a new user, and never shows another user's", async () => {
    const u = await t.newUser();
    const res = await u.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(79)}`);
    expect(res.json.days).toBe(0);
    expect(res.json.drivers.every((d: { status: string }) => d.status === 'insufficient_data')).toBe(true);
  });

  it('rejects a reversed range and an unknown parameter', async () => {
    const u = await t.newUser();
    expect((await u.call('GET', `/api/v1/insights?from=${day(5)}&to=${day(1)}`)).status).toBe(400);
    expect((await u.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(1)}&lag=3`)).status).toBe(400);
  });
});
