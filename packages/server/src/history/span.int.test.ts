import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp();

describe('GET /history/span', () => {
  it('is null before she records anything', async () => {
    const u = await t.newUser();
    expect((await u.call('GET', '/api/v1/history/span')).json).toEqual({ first: null });
  });

  it('gives the earliest day of any record History shows, hers only', async () => {
    const u = await t.newUser();
    await u.call('POST', '/api/v1/checkins', {
      id: randomUUID(),
      recordedAt: '2026-03-10T08:00:00+01:00',
      pain: 3,
    });
    await u.call('POST', '/api/v1/periods', { startDate: '2025-11-02', endDate: '2025-11-05' });
    expect((await u.call('GET', '/api/v1/history/span')).json).toEqual({ first: '2025-11-02' });

    const other = await t.newUser();
    await other.call('POST', '/api/v1/periods', { startDate: '2020-01-01' });
    expect((await u.call('GET', '/api/v1/history/span')).json).toEqual({ first: '2025-11-02' });
  });

  it('needs a sign-in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/history/span' });
    expect(res.statusCode).toBe(401);
  });
});
