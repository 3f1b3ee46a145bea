import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addInterval, type Interval, totalMs } from './intervals.js';

describe('addInterval', () => {
  it('merges overlapping spans so shared time counts once', () => {
    const list: Interval[] = [];
    addInterval(list, 0, 10);
    addInterval(list, 20, 30);
    addInterval(list, 5, 25);
    expect(list).toEqual([[0, 30]]);
  });

  it('keeps the list sorted, disjoint and equal in length to the union of what was added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 30 })), {
          maxLength: 40,
        }),
        (spans) => {
          const list: Interval[] = [];
          const covered = new Set<number>();
          for (const [start, len] of spans) {
            addInterval(list, start, start + len);
            for (let t = start; t < start + len; t++) covered.add(t);
          }
          for (let i = 1; i < list.length; i++)
            expect((list[i] as Interval)[0]).toBeGreaterThan((list[i - 1] as Interval)[1]);
          expect(totalMs(list)).toBe(covered.size);
        },
      ),
    );
  });
});
