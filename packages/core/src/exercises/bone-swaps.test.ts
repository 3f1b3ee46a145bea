import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boneHealthValues } from '../profile/values.js';
import { BONE_CONSENSUS_CITATION, boneSafeSwap, SAME_AIM_SWAPS } from './bone-swaps.js';
import { boneNoteIn, isBoneFragile, routineForBones } from './bones.js';

import { exerciseById, exercises } from './catalogue.js';
import { routineSeconds, routines } from './routines.js';
import type { Exercise, Routine } from './types.js';

const BONE_NOTE = boneNoteIn('en');

const get = (id: string): Exercise => {
  const e = exerciseById(id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};
const ids = (r: Pick<Routine, 'items'>) => r.items.map((i) => i.exerciseId);
const repeated = (list: string[]) => list.filter((id, i) => list.indexOf(id) !== i);

// Every value the profile's bone-health answer can take, and no answer at all.
const boneProfiles = [...boneHealthValues, null, undefined];

describe('every built-in routine through every bone-health answer', () => {
  for (const routine of routines) {
    for (const boneHealth of boneProfiles) {
      it(`${routine.id} with bone health ${boneHealth}: no exercise twice, none unsafe, about as long`, () => {
        const played = routineForBones(routine, { boneHealth }).routine;
        expect(repeated(ids(played))).toEqual([]);
        if (isBoneFragile({ boneHealth }))
          for (const id of ids(played)) expect(get(id).boneSafe, id).toBe(true);
        const before = routineSeconds(routine);
        const after = routineSeconds({ ...routine, items: played.items });
        expect(Math.abs(after - before) / before).toBeLessThanOrEqual(0.1);
        expect(played.items).toHaveLength(routine.items.length);
      });
    }
  }

  it('turns the three routines with not-bone-safe exercises into distinct bone-safe ones', () => {
    const fragile = { boneHealth: 'osteopenia' as const };
    const swapped = routines.filter((r) => routineForBones(r, fragile).swaps.length > 0).map((r) => r.id);
    expect(swapped).toEqual(
      expect.arrayContaining(['gentle-yoga-15', 'evening-wind-down-10', 'travel-stretch-5']),
    );
  });
});

describe('same-aim swaps', () => {
  const unsafe = exercises.filter((e) => !e.boneSafe);

  it('lists bone-safe catalogue exercises, for every exercise that is not bone-safe', () => {
    for (const e of unsafe) expect(SAME_AIM_SWAPS[e.id]?.length, e.id).toBeGreaterThanOrEqual(3);
    for (const [from, list] of Object.entries(SAME_AIM_SWAPS)) {
      expect(get(from).boneSafe, from).toBe(false);
      for (const id of list) expect(get(id).boneSafe, `${from} → ${id}`).toBe(true);
    }
  });

  it('skips alternatives the routine already holds', () => {
    expect(boneSafeSwap(get('cat-cow'), new Set())?.id).toBe('four-point-rock');
    expect(boneSafeSwap(get('cat-cow'), new Set(['four-point-rock']))?.id).toBe('pelvic-tilt');
  });

  it('finds nothing when every alternative is already there', () => {
    const all = new Set(exercises.filter((e) => e.boneSafe).map((e) => e.id));
    expect(boneSafeSwap(get('childs-pose'), all)).toBeUndefined();
  });

  it('for any routine of distinct catalogue exercises: bone-safe, no repeats, the same length unless an item had nothing left', () => {
    const catalogueIds = exercises.map((e) => e.id);
    const routineArb = fc.uniqueArray(fc.constantFrom(...catalogueIds), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(routineArb, fc.constantFrom('osteoporosis', 'osteopenia'), (list, boneHealth) => {
        const routine = { items: list.map((exerciseId) => ({ exerciseId })) };
        const { routine: played, swaps, note } = routineForBones(routine, { boneHealth });
        expect(note).toBe(BONE_NOTE);
        expect(repeated(ids(played))).toEqual([]);
        for (const id of ids(played)) expect(get(id).boneSafe).toBe(true);
        for (const swap of swaps) if (swap.to) expect(list).not.toContain(swap.to);
        const dropped = swaps.filter((s) => s.to === null).length;
        expect(played.items).toHaveLength(list.length - dropped);
      }),
    );
  });
});

describe('the bone consensus citation', () => {
  it('is the 2022 UK consensus, and the note cites it', () => {
    expect(BONE_CONSENSUS_CITATION).toMatch(
      /Brooke-Wavell.*Strong, steady and straight.*Br J Sports Med 2022/,
    );
    expect(BONE_NOTE).toContain(BONE_CONSENSUS_CITATION);
  });
});
