import { describe, expect, it } from 'vitest';
import { deskRoutineIds } from '../breaks/notification.js';
import { routineForBones } from './bones.js';
import { exerciseById, exercises } from './catalogue.js';
import { weeklyPlanSchema } from './plan.js';
import { routineById, routineSeconds, routines } from './routines.js';
import type { Dose, Exercise, Routine } from './types.js';

const relaxIds = ['relax-breathing-5', 'relax-pmr-12', 'relax-body-scan-10', 'desk-tension-release'];
const relax = relaxIds.map((id) => routineById(id) as Routine);
const get = (id: string) => exerciseById(id) as Exercise;
/** Every dose an exercise is played at in the built-in routines, its default among them. */
const dosesOf = (e: Exercise): Dose[] => [
  e.dose,
  ...routines.flatMap((r) =>
    r.items.filter((i) => i.exerciseId === e.id && i.dose).map((i) => i.dose as Dose),
  ),
];
const beats = (e: Exercise) => (e.rhythm ?? []).map((b) => b.seconds);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('guided relaxation sessions', () => {
  it('are four built-in routines tagged relax, each with a lesson, a grade, a reason and sources', () => {
    expect(routines.filter((r) => r.tags.includes('relax')).map((r) => r.id)).toEqual(relaxIds);
    for (const r of relax) {
      expect(r.lessonId, r.id).toBe('tension-and-mindfulness');
      expect(r.evidence?.grade, r.id).toMatch(/^[A-D]$/);
      expect(r.evidence?.reason.length, r.id).toBeGreaterThan(20);
      expect(r.evidence?.sources.length, r.id).toBeGreaterThan(0);
    }
  });

  it('pace the breathing at six breaths a minute, in 5 s and out 5 s, for 5 minutes', () => {
    const breath = get('paced-breathing');
    expect(breath.rhythm?.map((b) => b.seconds)).toEqual([5, 5]);
    expect(breath.dose).toEqual({ kind: 'reps', reps: 30, sets: 1, secondsPerRep: 10 });
    expect(60 / (breath.dose.kind === 'reps' ? breath.dose.secondsPerRep : 0)).toBe(6);
    expect(routineSeconds(relax[0] as Routine)).toBe(300);
  });

  it('tense each muscle group about 5 s and release it 15 s, through 10–15 minutes', () => {
    const groups = exercises.filter((e) => e.id.startsWith('pmr-'));
    expect(groups.length).toBeGreaterThanOrEqual(6);
    for (const g of groups) expect(beats(g), g.id).toEqual([5, 15]);
    const seconds = routineSeconds(routineById('relax-pmr-12') as Routine);
    expect(seconds).toBeGreaterThanOrEqual(600);
    expect(seconds).toBeLessThanOrEqual(900);
  });

  it('scan the body for 10 minutes, one spoken line a minute, and release desk tension in about 2', () => {
    expect(routineSeconds(routineById('relax-body-scan-10') as Routine)).toBe(600);
    expect(beats(get('body-scan'))).toEqual(Array(10).fill(60));
    const desk = routineSeconds(routineById('desk-tension-release') as Routine);
    expect(desk).toBeGreaterThanOrEqual(100);
    expect(desk).toBeLessThanOrEqual(140);
  });

  it('fit every rhythm to every dose it is played at: one repetition, or a whole hold', () => {
    const paced = exercises.filter((e) => e.rhythm);
    expect(paced.length).toBeGreaterThanOrEqual(9);
    for (const e of paced) {
      const cycle = sum(beats(e));
      for (const dose of dosesOf(e)) {
        if (dose.kind === 'reps') expect(dose.secondsPerRep, e.id).toBe(cycle);
        else expect(dose.seconds % cycle, e.id).toBe(0);
      }
    }
  });

  it('hold only bone-safe exercises, so the fragile-bones filter keeps them whole', () => {
    for (const r of relax) {
      for (const item of r.items) expect(get(item.exerciseId).boneSafe, item.exerciseId).toBe(true);
      const safe = routineForBones(r, { boneHealth: 'osteoporosis' });
      expect(safe.swaps, r.id).toEqual([]);
      expect(safe.routine.items, r.id).toEqual(r.items);
    }
  });

  it('can be added to the weekly plan', () => {
    const plan = weeklyPlanSchema.safeParse({
      timeZone: 'Europe/London',
      entries: relaxIds.map((routineId, i) => ({
        id: `00000000-0000-4000-8000-00000000000${i}`,
        routineId,
        days: [1, 3, 5],
        time: '21:00',
      })),
      walking: null,
    });
    expect(plan.success, plan.error?.message).toBe(true);
  });

  it('offer the desk tension release as a break, among the desk routines', () => {
    expect(deskRoutineIds).toContain('desk-tension-release');
    expect(routineById('desk-tension-release')?.tags).toContain('desk');
  });
});
