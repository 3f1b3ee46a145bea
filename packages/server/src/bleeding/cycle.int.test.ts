import { bleedingAdvice } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

// 23:30 UTC on 19 March: already 20 March in Auckland, still 19 March in London.
const t = await makeTestApp({ clock: () => new Date('2026-03-19T23:30:00Z') });

describe('GET /cycle bleedingCheck', () => {
  it('is null-levelled with no bleeding', async () => {
    const u = await t.newUser();
    const res = await u.call('GET', '/api/v1/cycle?asOf=2026-03-19');
    expect(res.json.bleedingCheck).toEqual({
      level: null,
      kind: null,
      reasons: [],
      runStart: null,
      advice: null,
      version: '1.0',
      runEnd: null,
      acknowledgedAt: null,
    });
  });

  it('judges spotting 14 months after her last logged period, from check-ins and the period log', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { birthYear: 1969 });
    await u.call('POST', '/api/v1/periods', {
      startDate: '2025-01-10',
      endDate: '2025-01-14',
      flow: 'medium',
    });
    await u.call('POST', '/api/v1/checkins', {
      recordedAt: '2026-03-18T08:00:00Z',
      pain: 3,
      bleeding: 'spotting',
    });
    await u.call('POST', '/api/v1/checkins', {
      recordedAt: '2026-03-19T08:00:00Z',
      pain: 3,
      bleeding: 'light',
    });
    const res = await u.call('GET', '/api/v1/cycle?asOf=2026-03-19');
    expect(res.status).toBe(200);
    expect(res.json.bleedingCheck).toEqual({
      level: 'soon',
      kind: 'after_menopause',
      reasons: ['gap', 'age_55_or_over'],
      runStart: '2026-03-18',
      advice: bleedingAdvice.after_menopause,
      version: '1.0',
      runEnd: '2026-03-19',
      acknowledgedAt: null,
    });
  });

  it('names when she said she booked, for the judged run only', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { menopausalSelfReport: 'no_period_12_months_or_more' });
    await u.call('POST', '/api/v1/checkins', {
      recordedAt: '2026-03-10T08:00:00Z',
      pain: 2,
      bleeding: 'spotting',
    });
    await u.call('POST', '/api/v1/bleeding-answers', {
      runStart: '2026-01-02',
      answer: 'booked',
      answeredAt: '2026-01-03T10:00:00Z',
    });
    await u.call('POST', '/api/v1/bleeding-answers', {
      runStart: '2026-03-10',
      answer: 'remind_tomorrow',
      answeredAt: '2026-03-10T10:00:00Z',
    });
    const before = await u.call('GET', '/api/v1/cycle?asOf=2026-03-19');
    expect(before.json.bleedingCheck).toMatchObject({
      level: 'soon',
      runStart: '2026-03-10',
      acknowledgedAt: null,
    });
    await u.call('POST', '/api/v1/bleeding-answers', {
      runStart: '2026-03-10',
      answer: 'booked',
      answeredAt: '2026-03-11T09:00:00+01:00',
    });
    const after = await u.call('GET', '/api/v1/cycle?asOf=2026-03-19');
    expect(after.json.bleedingCheck.acknowledgedAt).toBe('2026-03-11T09:00:00.000+01:00');
  });

  it('judges as of today in her time zone: the query, else her latest check-in’s offset', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { uterusRemoved: true });
    // Logged at 10:00 on 20 March in Auckland (+13:00), which is still 19 March in UTC and London.
    await u.call('POST', '/api/v1/checkins', {
      recordedAt: '2026-03-20T10:00:00+13:00',
      pain: 2,
      bleeding: 'spotting',
    });
    const auckland = await u.call('GET', '/api/v1/cycle?timeZone=Pacific/Auckland');
    expect(auckland.json.asOf).toBe('2026-03-20');
    expect(auckland.json.bleedingCheck).toMatchObject({ level: 'soon', kind: 'after_hysterectomy' });
    // Without a zone, her latest check-in's offset says where she is.
    expect((await u.call('GET', '/api/v1/cycle')).json.asOf).toBe('2026-03-20');
    const london = await u.call('GET', '/api/v1/cycle?timeZone=Europe/London');
    expect(london.json.asOf).toBe('2026-03-19');
    expect(london.json.bleedingCheck).toMatchObject({ level: null, runStart: null });
  });

  it('reads the zone of her break settings when no zone is sent', async () => {
    const u = await t.newUser();
    const settings = (await u.call('GET', '/api/v1/breaks/settings')).json.settings;
    await u.call('PUT', '/api/v1/breaks/settings', { ...settings, timeZone: 'Pacific/Auckland' });
    expect((await u.call('GET', '/api/v1/cycle')).json.asOf).toBe('2026-03-20');
  });

  it('rejects an unknown time zone', async () => {
    const u = await t.newUser();
    const res = await u.call('GET', '/api/v1/cycle?timeZone=Mars/Olympus');
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('querystring.timeZone');
  });
});
