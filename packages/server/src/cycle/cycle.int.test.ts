import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';
import { askIn } from '../test/ask-in.js';

const t = await makeTestApp({ clock: () => new Date('2026-06-01T12:00:00Z') });

describe('periods and cycle', () => {
  it('logs periods, adds check-in bleeding, and estimates the stage as of a date', async () => {
    const u = await t.newUser();
    for (const [startDate, endDate] of [
      ['2026-01-01', '2026-01-05'],
      ['2026-01-29', '2026-02-02'],
      ['2026-02-26', '2026-03-02'],
    ]) {
      expect((await u.call('POST', '/api/v1/periods', { startDate, endDate, flow: 'medium' })).status).toBe(
        201,
      );
    }
    // The fourth period comes only from check-ins with bleeding; spotting alone does not count.
    await u.call('POST', '/api/v1/checkins', {
      recordedAt: '2026-03-26T08:00:00Z',
      pain: 3,
      bleeding: 'heavy',
    });
    await u.call('POST', '/api/v1/checkins', {
      recordedAt: '2026-04-10T08:00:00Z',
      pain: 3,
      bleeding: 'spotting',
    });
    const res = await u.call('GET', '/api/v1/cycle?asOf=2026-04-05');
    expect(res.status).toBe(200);
    expect(res.json.cycles.map((c: { lengthDays: number | null }) => c.lengthDays)).toEqual([
      28,
      28,
      28,
      null,
    ]);
    expect(res.json.stage).toMatchObject({ stage: 'reproductive', isEstimate: true });
    expect(res.json.variability).toMatchObject({ cycles: 3, maxDifferenceDays: 0 });
    const later = await u.call('GET', '/api/v1/cycle');
    expect(later.json).toMatchObject({ asOf: '2026-06-01', stage: { stage: 'late_transition' } });
  });

  it('says unknown on HRT, from the profile', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { hrt: true });
    await u.call('POST', '/api/v1/periods', { startDate: '2026-05-01' });
    expect((await u.call('GET', '/api/v1/cycle')).json.stage.stage).toBe('unknown');
  });

  it('explains the estimate and the forecast in her language', async () => {
    const u = await t.newUser();
    const de = (await askIn(t, u, 'de', 'GET', '/api/v1/cycle')).json;
    expect(de.stage.basis).toMatch(/^Noch keine Periode eingetragen\..* keine Diagnose\.$/);
    expect((await u.call('PUT', '/api/v1/profile', { hrt: true })).status).toBe(200);
    const es = (await askIn(t, u, 'es', 'GET', '/api/v1/cycle')).json;
    expect(es.stage.basis).toMatch(/^La THS cambia el sangrado/);
    expect(es.forecastNote).toBe('La THS cambia el sangrado, así que no hacemos previsión de tu regla.');
  });

  it('rejects an end before the start, a 20-day period and a bad asOf', async () => {
    const u = await t.newUser();
    expect(
      (await u.call('POST', '/api/v1/periods', { startDate: '2026-05-10', endDate: '2026-05-09' })).status,
    ).toBe(400);
    expect(
      (await u.call('POST', '/api/v1/periods', { startDate: '2026-05-01', endDate: '2026-05-20' })).status,
    ).toBe(400);
    expect((await u.call('GET', '/api/v1/cycle?asOf=soon')).status).toBe(400);
  });

  it('keeps periods per user, idempotent by id', async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const body = { id: randomUUID(), startDate: '2026-05-01' };
    expect((await a.call('POST', '/api/v1/periods', body)).status).toBe(201);
    expect((await a.call('POST', '/api/v1/periods', body)).status).toBe(200);
    expect((await b.call('GET', '/api/v1/periods')).json.items).toEqual([]);
    expect((await b.call('DELETE', `/api/v1/periods/${body.id}`)).status).toBe(404);
  });
});
