import { describe, expect, it } from 'vitest';
import type { PainCheckin } from '../exercises/progression.js';
import type { ExerciseSet } from '../exercises/session.js';
import { exerciseProgression, type LoggedSession } from './load-progression.js';

let n = 0;
/** A strength session on `date` at 18:00 with the given sets of sit-to-stand. */
const session = (date: string, sets: ExerciseSet[], painAfter = 2): LoggedSession => ({
  routineId: 'bone-strength',
  startedAt: `${date}T18:00:00+00:00`,
  localDate: date,
  painBefore: 2,
  painAfter,
  rating: 'about_right',
  exercises: [{ exerciseId: 'sit-to-stand', done: true, sets }],
  ...{ id: `s${n++}` },
});
const morning = (date: string, pain: number): PainCheckin => ({
  recordedAt: `${date}T08:00:00+00:00`,
  localDate: date,
  pain,
});
const usual = ['2026-03-01', '2026-03-02', '2026-03-03'].map((d) => morning(d, 2));
const kg = (loadKg: number, rpe = 6, reps = 10): ExerciseSet => ({ reps, loadKg, rpe });

describe('progression per exercise from logged sets', () => {
  it('adds load after two sessions at RPE ≤ 7 with the back settled the next morning', () => {
    const sessions = [session('2026-03-05', [kg(4), kg(4)]), session('2026-03-08', [kg(4), kg(4, 7)])];
    const [advice] = exerciseProgression(sessions, [
      ...usual,
      morning('2026-03-06', 2),
      morning('2026-03-09', 1),
    ]);
    expect(advice).toMatchObject({
      exerciseId: 'sit-to-stand',
      advice: 'progress',
      next: { reps: 10, load: { loadKg: 4.5 } },
    });
    expect(advice?.reason).toMatch(/try 4.5 kg/);
  });

  it('moves to the next band colour, or adds reps with body weight', () => {
    const band = [
      session('2026-03-05', [{ reps: 12, band: 'red', rpe: 5 }]),
      session('2026-03-08', [{ reps: 12, band: 'red', rpe: 5 }]),
    ];
    expect(exerciseProgression(band, usual)[0]?.next.load).toEqual({ band: 'green' });
    const body = [
      session('2026-03-05', [{ reps: 10, bodyweight: true, rpe: 5 }]),
      session('2026-03-08', [{ reps: 10, bodyweight: true, rpe: 5 }]),
    ];
    expect(exerciseProgression(body, usual)[0]?.next).toEqual({ reps: 12, load: { bodyweight: true } });
  });

  it('holds when a set felt harder than 7, when effort was not logged, or after one session', () => {
    const hard = [session('2026-03-05', [kg(4)]), session('2026-03-08', [kg(4, 8)])];
    expect(exerciseProgression(hard, usual)[0]?.advice).toBe('keep');
    const unrated = [session('2026-03-05', [kg(4)]), session('2026-03-08', [{ reps: 10, loadKg: 4 }])];
    expect(exerciseProgression(unrated, usual)[0]?.reason).toMatch(/Log how hard/);
    expect(exerciseProgression([session('2026-03-08', [kg(4)])], usual)[0]?.advice).toBe('keep');
  });

  it('holds when next-morning pain rose by 1 point', () => {
    const sessions = [session('2026-03-05', [kg(4)]), session('2026-03-08', [kg(4)])];
    const advice = exerciseProgression(sessions, [...usual, morning('2026-03-09', 3)])[0];
    expect(advice?.advice).toBe('keep');
    expect(advice?.next.load).toEqual({ loadKg: 4 });
  });

  it('steps back when next-morning pain rose 2 or more points', () => {
    const sessions = [session('2026-03-05', [kg(4)]), session('2026-03-08', [kg(5)])];
    const advice = exerciseProgression(sessions, [...usual, morning('2026-03-09', 4)])[0];
    expect(advice).toMatchObject({ advice: 'step_back', next: { load: { loadKg: 4.5 } } });
    expect(advice?.reason).toMatch(/2 points above your usual/);
  });

  it('steps back when pain after the session was above 5, to a lighter band', () => {
    const sessions = [session('2026-03-08', [{ reps: 10, band: 'green', rpe: 5 }], 6)];
    expect(exerciseProgression(sessions, usual)[0]).toMatchObject({
      advice: 'step_back',
      next: { load: { band: 'red' } },
    });
  });

  it('ignores exercises without logged sets', () => {
    const s = { ...session('2026-03-08', []), exercises: [{ exerciseId: 'sit-to-stand', done: true }] };
    expect(exerciseProgression([s], usual)).toEqual([]);
  });
});
