import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './days.js';
import { applyPeriodPatch, type Period, periodInputSchema, periodPatchSchema } from './schema.js';

const stored = (over: Partial<Period> = {}): Period => ({
  id: '0b9a3f3e-5d1c-4f43-9a57-3c1f1f7d2a10',
  startDate: '2026-03-01',
  endDate: '2026-03-05',
  flow: 'medium',
  notes: null,
  source: null,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  ...over,
});

describe('period input', () => {
  it('accepts a period with only a start date, and one with every field', () => {
    expect(periodInputSchema.safeParse({ startDate: '2026-03-01' }).success).toBe(true);
    const { createdAt: _c, updatedAt: _u, source: _s, ...fields } = stored({ notes: 'cramps' });
    expect(periodInputSchema.parse(fields)).toEqual(fields);
  });

  it('rejects unknown keys, a bad id, an unknown flow and an impossible date', () => {
    const start = { startDate: '2026-03-01' };
    expect(periodInputSchema.safeParse({ ...start, colour: 'red' }).success).toBe(false);
    expect(periodInputSchema.safeParse({ ...start, id: 'abc' }).success).toBe(false);
    expect(periodInputSchema.safeParse({ ...start, flow: 'torrential' }).success).toBe(false);
    expect(periodInputSchema.safeParse({ startDate: '2026-02-30' }).success).toBe(false);
  });

  it('rejects an end before the start', () => {
    const r = periodInputSchema.safeParse({ startDate: '2026-03-10', endDate: '2026-03-09' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['endDate']);
  });

  it('accepts a period of 14 days counting both ends, and rejects 15', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const startDate = addDays('1990-01-01', offset);
        const ok = periodInputSchema.safeParse({ startDate, endDate: addDays(startDate, 13) });
        const tooLong = periodInputSchema.safeParse({ startDate, endDate: addDays(startDate, 14) });
        return ok.success && !tooLong.success;
      }),
    );
  });
});

describe('period patch', () => {
  it('clears the end date with null, keeping the period open', () => {
    expect(applyPeriodPatch(stored(), { endDate: null })).toMatchObject({ endDate: null });
  });

  it('re-checks the whole period, so moving the start past the end fails', () => {
    expect(periodPatchSchema.safeParse({ startDate: '2026-03-08' }).success).toBe(true);
    expect(() => applyPeriodPatch(stored(), { startDate: '2026-03-08' })).toThrow();
  });

  it('rejects unknown keys in a patch', () => {
    expect(periodPatchSchema.safeParse({ id: stored().id }).success).toBe(false);
  });
});
