import { describe, expect, it } from 'vitest';
import { profileProblems } from './checks.js';

describe('profileProblems', () => {
  it('accepts an HRT change today, after the start', () => {
    expect(
      profileProblems({ hrtStartDate: '2025-01-10', hrtChangeDate: '2026-03-14' }, '2026-03-14'),
    ).toEqual([]);
  });

  it('rejects an HRT change after today', () => {
    expect(profileProblems({ hrtChangeDate: '2026-03-15' }, '2026-03-14')).toEqual([
      { path: 'hrtChangeDate', message: "The last HRT change can't be in the future." },
    ]);
  });

  it('rejects an HRT change before she started HRT', () => {
    expect(
      profileProblems({ hrtStartDate: '2025-01-10', hrtChangeDate: '2025-01-09' }, '2026-03-14'),
    ).toEqual([expect.objectContaining({ path: 'hrtChangeDate' })]);
  });

  it('rejects a birth year after this year, and accepts this year', () => {
    expect(profileProblems({ birthYear: 2027 }, '2026-12-31')).toEqual([
      { path: 'birthYear', message: "Birth year can't be in the future." },
    ]);
    expect(profileProblems({ birthYear: 2026 }, '2026-01-01')).toEqual([]);
  });
});
