import { describe, expect, it } from 'vitest';
import { SAME_AIM_SWAPS } from './bone-swaps.js';
import {
  boneCaution,
  boneNoteIn,
  isBoneFragile,
  planForBones,
  routineForBones,
  suggestedPlan,
} from './bones.js';
import { boneSafeAlternative, exerciseById, exercises, routineById, routines } from './index.js';
import { weeklyPlanSchema } from './plan.js';

const BONE_NOTE = boneNoteIn('en');
const fragile = { boneHealth: 'osteoporosis' as const };
const playedExercises = (routineId: string, profile = fragile) => {
  const routine = routineById(routineId);
  if (!routine) throw new Error(`no routine ${routineId}`);
  return routineForBones(routine, profile).routine.items.map((i) => exerciseById(i.exerciseId));
};

describe('bone-safe routines', () => {
  it.each(['osteoporosis', 'osteopenia'] as const)('treats %s as fragile bones', (boneHealth) => {
    expect(isBoneFragile({ boneHealth })).toBe(true);
  });

  it.each(['normal', 'not_known', null, undefined] as const)(
    'leaves routines alone when bone health is %s',
    (boneHealth) => {
      for (const r of routines)
        expect(routineForBones(r, { boneHealth })).toEqual({ routine: r, swaps: [], note: null });
    },
  );

  it('plays only bone-safe exercises in every catalogue routine with fragile bones', () => {
    for (const r of routines) {
      for (const exercise of playedExercises(r.id))
        expect(exercise?.boneSafe, `${r.id}: ${exercise?.id}`).toBe(true);
    }
  });

  const unsafe = exercises.filter((e) => !e.boneSafe);

  it('swaps each exercise that is not bone-safe for a bone-safe one with the same aim, and says why', () => {
    expect(unsafe.length).toBeGreaterThan(0);
    const mixed = { items: [{ exerciseId: 'pelvic-tilt' }, ...unsafe.map((e) => ({ exerciseId: e.id }))] };
    const safe = routineForBones(mixed, fragile);
    expect(safe.note).toBe(BONE_NOTE);
    expect(safe.swaps.map((s) => s.from)).toEqual(unsafe.map((e) => e.id));
    for (const swap of safe.swaps) expect(SAME_AIM_SWAPS[swap.from]).toContain(swap.to);
    const kept = safe.swaps.flatMap((s) => (s.to ? [s.to] : []));
    expect(safe.routine.items.map((i) => i.exerciseId)).toEqual(['pelvic-tilt', ...kept]);
    for (const id of kept) expect(exerciseById(id)?.boneSafe).toBe(true);
  });

  it('does not swap to an exercise the routine already has: gentle yoga keeps one four-point rock', () => {
    const yoga = routineById('gentle-yoga-15');
    if (!yoga) throw new Error('no gentle-yoga-15');
    const played = routineForBones(yoga, fragile).routine.items.map((i) => i.exerciseId);
    expect(played.filter((id) => id === 'four-point-rock')).toHaveLength(1);
    expect(routineForBones(yoga, fragile).swaps).toContainEqual({ from: 'cat-cow', to: 'pelvic-tilt' });
  });

  it('leaves an exercise out when every same-aim alternative is already in the routine', () => {
    const taken = [...(SAME_AIM_SWAPS['seated-twist'] ?? []), 'seated-tall-reach'];
    const items = [...new Set(taken)].map((exerciseId) => ({ exerciseId }));
    const safe = routineForBones({ items: [...items, { exerciseId: 'seated-twist' }] }, fragile);
    expect(safe.swaps).toEqual([{ from: 'seated-twist', to: null }]);
    expect(safe.routine.items).toEqual(items);
  });

  it('gives a swapped exercise its own default dose, not the dose meant for the one it replaces', () => {
    const withAlternative = unsafe.find((e) => boneSafeAlternative(e));
    if (!withAlternative) return;
    const item = { exerciseId: withAlternative.id, dose: { kind: 'time' as const, seconds: 99, sets: 3 } };
    expect(routineForBones({ items: [item] }, fragile).routine.items[0]?.dose).toBeUndefined();
  });

  it('notes why even when a routine needed no change', () => {
    expect(routineForBones({ items: [{ exerciseId: 'pelvic-tilt' }] }, fragile)).toMatchObject({
      swaps: [],
      note: BONE_NOTE,
    });
  });

  it('cautions about, but keeps, exercises usually avoided in a routine she built herself', () => {
    const items = [{ exerciseId: 'pelvic-tilt' }, ...unsafe.map((e) => ({ exerciseId: e.id }))];
    const caution = boneCaution({ items }, fragile);
    for (const e of unsafe) expect(caution).toContain(e.name);
    expect(boneCaution({ items: [{ exerciseId: 'pelvic-tilt' }] }, fragile)).toBeNull();
    expect(boneCaution({ items }, { boneHealth: 'normal' })).toBeNull();
  });

  it('keeps custom exercises, which the user and her physiotherapist chose', () => {
    const custom = { exerciseId: 'custom:0b6f8a2c-1d2e-4f3a-8b4c-5d6e7f8a9b0c' };
    expect(routineForBones({ items: [custom] }, fragile).routine.items).toEqual([custom]);
  });
});

describe('suggested plan', () => {
  const opts = { timeZone: 'Europe/London', today: '2026-03-16' };

  it('is a valid weekly plan: morning-5 daily, strength twice, a desk break on work days, walking 5 days', () => {
    const { plan, note } = suggestedPlan({}, opts);
    expect(weeklyPlanSchema.safeParse(plan).success).toBe(true);
    expect(note).toBeNull();
    const days = Object.fromEntries(plan.entries.map((e) => [e.routineId, e.days]));
    expect(days['morning-5']).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([...(days['strength-a'] ?? []), ...(days['strength-b'] ?? [])]).toHaveLength(2);
    expect(Object.keys(days).filter((id) => id.startsWith('desk-'))).toHaveLength(1);
    expect(plan.walking).toEqual({ startDate: '2026-03-16', days: [1, 2, 3, 4, 5], time: '12:30' });
  });

  it('puts the desk break on her work days', () => {
    const { plan } = suggestedPlan({}, { ...opts, workDays: [2, 3, 4] });
    expect(plan.entries.find((e) => e.routineId.startsWith('desk-'))?.days).toEqual([2, 3, 4]);
  });

  it('with osteoporosis, notes why and every routine it plays is bone-safe', () => {
    const { plan, note } = suggestedPlan(fragile, opts);
    expect(note).toBe(BONE_NOTE);
    for (const e of plan.entries) {
      for (const exercise of playedExercises(e.routineId)) expect(exercise?.boneSafe).toBe(true);
    }
  });
});

describe('plan for bones', () => {
  it('drops an entry whose routine has no bone-safe exercise left, and keeps the rest', () => {
    const plan = suggestedPlan({}, { timeZone: 'Europe/London', today: '2026-03-16' }).plan;
    const result = planForBones(plan, fragile);
    const emptied = routines
      .filter((r) => routineForBones(r, fragile).routine.items.length === 0)
      .map((r) => r.id);
    expect(result.plan.entries.map((e) => e.routineId)).toEqual(
      plan.entries.map((e) => e.routineId).filter((id) => !emptied.includes(id)),
    );
    expect(planForBones(plan, { boneHealth: 'normal' })).toEqual({ plan, routines: [], note: null });
  });
});
