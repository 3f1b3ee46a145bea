import { exerciseById, type RoutinesAnswer, routineForBones, routines } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { type BoneStatus, boneStatusOf, safeRoutine } from './bone-status';
import { lookup } from './library';

const { routine: find, exercise } = lookup({ exercises: [], routines: [] });
const doseOf = (id: string) => exercise(id)?.dose;
const yoga = find('gentle-yoga-15');
const morning = find('morning-5');
if (!yoga || !morning) throw new Error('built-in routines missing');
const unsafeNames = (ids: string[]) => ids.filter((id) => exerciseById(id)?.boneSafe === false);
const ids = (r: { items: { exerciseId: string }[] }) => r.items.map((i) => i.exerciseId);

/** What the server answers for a profile, as `GET /routines` builds it. */
function answerFor(boneHealth: 'osteopenia' | 'normal'): RoutinesAnswer {
  return {
    items: routines.map((r) => {
      const safe = routineForBones(r, { boneHealth });
      return {
        id: r.id,
        custom: false,
        items: safe.routine.items.map((i) => ({ exerciseId: i.exerciseId, dose: i.dose ?? null })),
        boneSwaps: safe.swaps,
      };
    }),
    bones: boneHealth === 'osteopenia' ? { condition: 'osteopenia', note: 'note' } : null,
  };
}

describe('what the app knows of her bones', () => {
  const none = { answer: undefined, copy: undefined, profile: undefined, profileFromServer: false };

  it('is checking while the first answer is on its way and the device has none', () => {
    expect(boneStatusOf({ ...none, pending: true })).toEqual({ state: 'checking' });
  });

  it('is unknown when nothing answered and the device has no copy', () => {
    expect(boneStatusOf({ ...none, pending: false })).toEqual({ state: 'unknown' });
    // The empty profile a failed read stands in with says nothing about her bones.
    expect(boneStatusOf({ ...none, profile: {}, pending: false })).toEqual({ state: 'unknown' });
  });

  it("believes the server's routines answer", () => {
    const status = boneStatusOf({ ...none, answer: answerFor('osteopenia'), pending: true });
    expect(status).toEqual({ state: 'known', condition: 'osteopenia' });
    expect(boneStatusOf({ ...none, answer: answerFor('normal'), pending: false })).toEqual({
      state: 'known',
      condition: null,
    });
    // A fresh answer replaces what the device kept (her profile changed since).
    const fresh = { ...none, answer: answerFor('normal'), copy: answerFor('osteopenia'), pending: false };
    expect(boneStatusOf(fresh)).toEqual({ state: 'known', condition: null });
  });

  it("trusts the device's copy at once when it says fragile bones", () => {
    expect(boneStatusOf({ ...none, copy: answerFor('osteopenia'), pending: true })).toEqual({
      state: 'known',
      condition: 'osteopenia',
    });
  });

  it("trusts the device's copy saying not fragile only once the server could not answer", () => {
    const copy = answerFor('normal');
    expect(boneStatusOf({ ...none, copy, pending: true })).toEqual({ state: 'checking' });
    expect(boneStatusOf({ ...none, copy, pending: false })).toEqual({ state: 'known', condition: null });
  });

  it('lets any source that says fragile bones win', () => {
    const profile = { boneHealth: 'osteoporosis' as const };
    expect(boneStatusOf({ ...none, answer: answerFor('normal'), profile, pending: false })).toEqual({
      state: 'known',
      condition: 'osteoporosis',
    });
    expect(boneStatusOf({ ...none, profile, pending: true })).toEqual({
      state: 'known',
      condition: 'osteoporosis',
    });
  });

  it('believes "not fragile" from a profile only when the server gave it', () => {
    const profile = { boneHealth: 'normal' as const };
    expect(boneStatusOf({ ...none, profile, profileFromServer: true, pending: false }).state).toBe('known');
    expect(boneStatusOf({ ...none, profile, profileFromServer: false, pending: false }).state).toBe(
      'unknown',
    );
  });
});

describe('a routine for her bone status', () => {
  const checking: BoneStatus = { state: 'checking' };
  const unknown: BoneStatus = { state: 'unknown' };

  it('while checking: shows a routine that changes bone-safe and makes it wait', () => {
    const safe = safeRoutine(yoga, checking, undefined, doseOf);
    expect(safe.waiting).toBe(true);
    expect(unsafeNames(ids(safe.routine))).toEqual([]);
  });

  it('while checking: lets a routine that does not change start at once', () => {
    expect(safeRoutine(morning, checking, undefined, doseOf)).toMatchObject({ waiting: false, swaps: [] });
  });

  it('when her answer cannot be checked: plays the bone-safe version and says so', () => {
    const safe = safeRoutine(yoga, unknown, undefined, doseOf);
    expect(safe).toMatchObject({ waiting: false, assumedSafe: true });
    expect(unsafeNames(ids(safe.routine))).toEqual([]);
    expect(safe.swaps.length).toBeGreaterThan(0);
  });

  it('with osteopenia: plays what the server answered, every item with a dose', () => {
    const answer = answerFor('osteopenia');
    const safe = safeRoutine(yoga, { state: 'known', condition: 'osteopenia' }, answer, doseOf);
    const served = answer.items.find((r) => r.id === 'gentle-yoga-15');
    expect(ids(safe.routine)).toEqual(served?.items.map((i) => i.exerciseId));
    expect(safe.routine.items.every((i) => i.dose)).toBe(true);
    expect(safe).toMatchObject({ waiting: false, assumedSafe: false });
  });

  it('without bone issues: the routine as built', () => {
    const safe = safeRoutine(yoga, { state: 'known', condition: null }, answerFor('normal'), doseOf);
    expect(safe.routine).toBe(yoga);
    expect(ids(safe.routine)).toContain('cat-cow');
  });

  it('her own routine plays as built, with a caution while fragile bones are possible', () => {
    const own = { ...yoga, id: 'custom:1', custom: true };
    expect(safeRoutine(own, checking, undefined, doseOf)).toMatchObject({ routine: own, waiting: false });
    expect(safeRoutine(own, checking, undefined, doseOf).caution).toContain('Cat');
    expect(safeRoutine(own, { state: 'known', condition: null }, undefined, doseOf).caution).toBeNull();
  });
});
