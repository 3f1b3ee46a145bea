import { describe, expect, it } from 'vitest';
import { hold, reps } from './dose.js';
import { doseSeconds, routineById, routineSeconds, routines } from './routines.js';
import { routineSchema } from './schema.js';
import type { Routine } from './types.js';

const targets: Record<string, number> = {
  'morning-5': 300,
  'desk-shoulders-neck': 120,
  'desk-back-release': 120,
  'desk-stand-up': 120,
  'pilates-core-15': 900,
  'gentle-yoga-15': 900,
  'strength-a': 1350,
  'strength-b': 1350,
  'evening-wind-down-10': 600,
  'travel-stretch-5': 300,
  'relax-breathing-5': 300,
  'relax-pmr-12': 720,
  'relax-body-scan-10': 600,
  'desk-tension-release': 120,
};

describe('dose seconds', () => {
  it('counts a single timed hold', () => {
    expect(doseSeconds(hold(30))).toBe(30);
  });
  it('counts sets and the rests between them, not after the last', () => {
    // 2 × 30 s + 1 rest of 10 s
    expect(doseSeconds(hold(30, 2, { restSeconds: 10 }))).toBe(70);
  });
  it('doubles a per-side dose', () => {
    // 30 s each side
    expect(doseSeconds(hold(30, 1, { perSide: true }))).toBe(60);
    // 6 reps × 5 s × 2 sides × 2 sets + 20 s rest
    expect(doseSeconds(reps(6, 2, 5, { perSide: true, restSeconds: 20 }))).toBe(140);
  });
  it('counts repetitions at their pace', () => {
    // 10 reps × 4 s × 2 sets + 30 s rest
    expect(doseSeconds(reps(10, 2, 4, { restSeconds: 30 }))).toBe(110);
  });
});

describe('routine seconds', () => {
  const routine: Routine = {
    id: 'test-routine',
    name: 'Test',
    description: 'Test',
    tags: ['mobility'],
    transitionSeconds: 10,
    items: [
      { exerciseId: 'a' },
      { exerciseId: 'b', dose: hold(20, 2, { restSeconds: 5 }) },
      { exerciseId: 'c' },
    ],
  };
  const lookup = (id: string) =>
    ({ a: { dose: reps(5, 1, 4) }, b: { dose: hold(99) }, c: { dose: hold(15, 1, { perSide: true }) } })[id];

  it('adds each dose, the item override first, and a transition between items', () => {
    // a: 5 × 4 = 20; b (override): 2 × 20 + 5 = 45; c: 2 × 15 = 30; transitions: 2 × 10 = 20
    expect(routineSeconds(routine, lookup)).toBe(115);
  });

  it('counts an unknown exercise as nothing', () => {
    expect(routineSeconds({ ...routine, items: [{ exerciseId: 'missing' }] }, lookup)).toBe(0);
  });

  it('uses the catalogue by default', () => {
    const one: Routine = { ...routine, items: [{ exerciseId: 'desk-chest-stretch' }] };
    expect(routineSeconds(one)).toBe(30);
  });
});

describe('built-in routines', () => {
  it('has exactly the routine ids other features link to', () => {
    expect(routines.map((r) => r.id).sort()).toEqual(Object.keys(targets).sort());
  });

  it('are valid against the schema', () => {
    for (const r of routines) expect(routineSchema.safeParse(r).success, r.id).toBe(true);
  });

  it.each(Object.entries(targets))('%s lasts within 15%% of %i seconds', (id, target) => {
    const routine = routineById(id);
    expect(routine).toBeDefined();
    const seconds = routineSeconds(routine as Routine);
    expect(seconds).toBeGreaterThanOrEqual(target * 0.85);
    expect(seconds).toBeLessThanOrEqual(target * 1.15);
  });

  it('keeps strength sessions in 20–25 minutes', () => {
    for (const id of ['strength-a', 'strength-b']) {
      const seconds = routineSeconds(routineById(id) as Routine);
      expect(seconds).toBeGreaterThanOrEqual(1200);
      expect(seconds).toBeLessThanOrEqual(1500);
    }
  });

  it('finds nothing for an unknown id', () => {
    expect(routineById('morning-50')).toBeUndefined();
  });
});
