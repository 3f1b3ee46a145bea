import { describe, expect, it } from 'vitest';
import { detectDateFormats, isoDateCell } from './csv-dates.js';

describe('CSV date formats', () => {
  it('reads day-first, month-first, ISO and named-month dates, keeping a time after them', () => {
    expect(isoDateCell('21/03/2024 08:30', 'DD/MM/YYYY')).toBe('2024-03-21 08:30');
    expect(isoDateCell('3/21/2024', 'MM/DD/YYYY')).toBe('2024-03-21');
    expect(isoDateCell('2024-03-21T08:30:00+01:00', 'YYYY-MM-DD')).toBe('2024-03-21T08:30:00+01:00');
    expect(isoDateCell('5 Mar 2024', 'D MMM YYYY')).toBe('2024-03-05');
    expect(isoDateCell('23rd Jul 2020 21:00', 'D MMM YYYY')).toBe('2020-07-23 21:00');
  });

  it('refuses days that do not exist', () => {
    expect(isoDateCell('31/02/2024', 'DD/MM/YYYY')).toBeUndefined();
    expect(isoDateCell('30 Feb 2024', 'D MMM YYYY')).toBeUndefined();
  });

  it('detects one format when a day above 12 settles it, and both when every day could be a month', () => {
    expect(detectDateFormats(['01/02/2024', '13/02/2024'])).toEqual(['DD/MM/YYYY']);
    expect(detectDateFormats(['02/13/2024', '02/01/2024'])).toEqual(['MM/DD/YYYY']);
    expect(detectDateFormats(['03/04/2024', '05/06/2024'])).toEqual(['DD/MM/YYYY', 'MM/DD/YYYY']);
    expect(detectDateFormats(['2024-03-04', ''])).toEqual(['YYYY-MM-DD']);
    expect(detectDateFormats(['yesterday'])).toEqual([]);
  });
});
