import { catalogueGaps } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { reportWords } from './index.js';

describe('the doctor report in every language', () => {
  it('has every English text in German and Spanish, with the same placeholders', () => {
    expect(catalogueGaps(en, de)).toEqual([]);
    expect(catalogueGaps(en, es)).toEqual([]);
  });

  it('writes dates day first, with the month in her language', () => {
    expect(reportWords('en').date('2026-03-04')).toBe('4 Mar 2026');
    expect(reportWords('de').date('2026-03-04')).toBe('4. März 2026');
    expect(reportWords('es').date('2026-03-04')).toBe('4 mar 2026');
    expect(reportWords('en').monthLabel('2026-10-01')).toBe('Oct 2026');
    expect(reportWords('de').shortDate('2026-06-07')).toBe('7. Juni');
  });

  it('writes a range of days once, across months and years with spaces around the dash', () => {
    const en = reportWords('en');
    expect(en.dateRange('2026-03-03', '2026-03-03')).toBe('3 Mar 2026');
    expect(en.dateRange('2026-03-03', '2026-03-05')).toBe('3 – 5 Mar 2026');
    expect(en.dateRange('2025-12-28', '2026-01-02')).toBe('28 Dec 2025 – 2 Jan 2026');
    expect(reportWords('de').dateRange('2026-03-03', '2026-03-05')).toBe('3.–5. März 2026');
  });

  it('writes decimals with her decimal sign and a dash for nothing', () => {
    expect(reportWords('en').num(4.25)).toBe('4.3');
    expect(reportWords('de').num(4.25)).toBe('4,3');
    expect(reportWords('es').num(12, 0)).toBe('12');
    expect(reportWords('de').num(null)).toBe('–');
  });

  it('counts days in the plural her language needs', () => {
    expect(reportWords('de').t('days', { count: 1 })).toBe('1 Tag');
    expect(reportWords('es').t('days', { count: 3 })).toBe('3 días');
    expect(reportWords('en').t('header.meta', { count: 90, logged: 30, from: 'a', to: 'b', made: 'c' })).toBe(
      'a to b  ·  30 of 90 days logged  ·  made c',
    );
  });
});
