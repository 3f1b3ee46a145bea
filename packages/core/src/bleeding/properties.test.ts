import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../cycle/days.js';
import { flowLevels } from '../cycle/schema.js';
import { hrtRegimens, menopausalSelfReports } from '../profile/values.js';
import { bleedingCheck, bleedingRuns } from './check.js';
import { type BleedingCheckInput, bleedingCheckResultSchema } from './schema.js';

const origin = '2024-01-01';
const date = (max = 900) => fc.integer({ min: 0, max }).map((n) => addDays(origin, n));
const entry = (max = 900) => fc.record({ date: date(max), amount: fc.constantFrom(...flowLevels) });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const profile = fc.record(
  {
    menopausalSelfReport: maybe(fc.constantFrom(...menopausalSelfReports)),
    hrt: maybe(fc.boolean()),
    hrtStartDate: maybe(date()),
    hrtRegimen: maybe(fc.constantFrom(...hrtRegimens)),
    hrtChangeDate: maybe(date()),
    uterusRemoved: maybe(fc.boolean()),
    hormonalContraception: maybe(fc.boolean()),
  },
  { requiredKeys: [] },
);
// Sparse logs (a year-long gap is likely) as well as dense ones, so every rule is reached.
const input: fc.Arbitrary<BleedingCheckInput> = fc.record({
  asOf: date(),
  age: maybe(fc.integer({ min: 0, max: 120 })),
  profile,
  bleeding: fc.oneof(fc.array(entry(), { maxLength: 12 }), fc.array(entry(), { maxLength: 120 })),
});

describe('bleeding check invariants', () => {
  it('never throws and always answers the §4 shape', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(bleedingCheckResultSchema.safeParse(bleedingCheck(i)).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is not changed by entries after asOf', () => {
    fc.assert(
      fc.property(input, fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 10 }), (i, offsets) => {
        const later = offsets.map((n) => ({ date: addDays(i.asOf, n), amount: 'heavy' as const }));
        expect(bleedingCheck({ ...i, bleeding: [...i.bleeding, ...later] })).toEqual(bleedingCheck(i));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of entries', () => {
    fc.assert(
      fc.property(input, fc.integer(), (i, seed) => {
        const shuffled = [...i.bleeding]
          .map((e, k) => ({ e, key: Math.sin(seed + k) }))
          .sort((a, b) => a.key - b.key)
          .map(({ e }) => e);
        expect(bleedingCheck({ ...i, bleeding: shuffled })).toEqual(bleedingCheck(i));
      }),
      { numRuns: 300 },
    );
  });

  it('never turns a soon into nothing when more bleeding days join the judged run', () => {
    fc.assert(
      fc.property(
        input,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom(...flowLevels)), { minLength: 1 }),
        (i, extra) => {
          const before = bleedingCheck(i);
          fc.pre(before.level === 'soon');
          const judged = bleedingRuns(i.bleeding, i.asOf).at(-1);
          if (!judged) return;
          // Days from the run's first day up to 7 days past its last (and not after asOf) stay in that run.
          const end = addDays(judged.last, 7);
          const added = extra
            .map(([n, amount]) => ({ date: addDays(judged.first, n), amount }))
            .filter((e) => e.date <= end && e.date <= i.asOf);
          const after = bleedingCheck({ ...i, bleeding: [...i.bleeding, ...added] });
          expect(after.level).toBe('soon');
          expect(after.runStart).toBe(before.runStart);
        },
      ),
      { numRuns: 300 },
    );
  });
});
