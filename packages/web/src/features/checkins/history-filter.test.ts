import { describe, expect, it } from 'vitest';
import { checkinMatches, isFiltering, lineMatches, noFilter } from './history-filter';

const name = (a: string) => ({ lower_back_left: 'Lower back, left', hip_right: 'Hip, right' })[a] ?? a;
const checkin = { pain: 6, bodyAreas: ['lower_back_left'], notes: 'Long drive to Leeds' };

describe('history filter', () => {
  it('shows everything by default', () => {
    expect(isFiltering(noFilter)).toBe(false);
    expect(checkinMatches(checkin, noFilter, name)).toBe(true);
    expect(lineMatches('events', 'Period started', noFilter)).toBe(true);
  });

  it('finds text in notes and in area names, whatever the case', () => {
    expect(checkinMatches(checkin, { ...noFilter, text: 'leeds' }, name)).toBe(true);
    expect(checkinMatches(checkin, { ...noFilter, text: 'LOWER BACK' }, name)).toBe(true);
    expect(checkinMatches(checkin, { ...noFilter, text: 'hip' }, name)).toBe(false);
  });

  it('keeps pain within the range, both ends included', () => {
    expect(checkinMatches(checkin, { ...noFilter, painMin: 6, painMax: 6 }, name)).toBe(true);
    expect(checkinMatches(checkin, { ...noFilter, painMin: 7 }, name)).toBe(false);
    expect(checkinMatches(checkin, { ...noFilter, painMax: 5 }, name)).toBe(false);
  });

  it('filters by area, and hides lines that have no area or pain while it does', () => {
    expect(checkinMatches(checkin, { ...noFilter, area: 'lower_back_left' }, name)).toBe(true);
    expect(checkinMatches(checkin, { ...noFilter, area: 'hip_right' }, name)).toBe(false);
    expect(lineMatches('events', 'Period started', { ...noFilter, area: 'hip_right' })).toBe(false);
  });

  it('shows one kind of record', () => {
    expect(checkinMatches(checkin, { ...noFilter, kind: 'safety' }, name)).toBe(false);
    expect(
      lineMatches('safety', 'Safety check: See a clinician today', { ...noFilter, kind: 'safety' }),
    ).toBe(true);
    expect(lineMatches('events', 'Period started', { ...noFilter, kind: 'safety' })).toBe(false);
  });
});
