import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customExerciseInputSchema, customRoutineInputSchema } from './index.js';
import { applySessionPatch, type Session, sessionInputSchema, sessionPatchSchema } from './session.js';

const makeSession = (over: Record<string, unknown> = {}) => ({
  id: '3e92e8ad-588e-443b-9dfd-cba646d42e6e',
  routineId: 'morning-5',
  startedAt: '2026-03-14T07:30:00+01:00',
  endedAt: '2026-03-14T07:36:00+01:00',
  painBefore: 4,
  painAfter: 3,
  effort: 5,
  rating: 'about_right',
  ...over,
});
const pathsOf = (input: unknown) => {
  const r = sessionInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.') || i.code);
};

describe('session schema', () => {
  it('accepts a rated session with exercises', () => {
    const exercises = [
      { exerciseId: 'cat-cow', done: true, reps: 8 },
      { exerciseId: 'custom:0b6f8a2c-1d2e-4f3a-8b4c-5d6e7f8a9b0c', done: false, seconds: 0 },
    ];
    expect(pathsOf(makeSession({ exercises, notes: 'Stiff start' }))).toEqual([]);
  });

  it('accepts a logged walk', () => {
    expect(pathsOf(makeSession({ routineId: 'walking' }))).toEqual([]);
  });

  it.each(['painBefore', 'painAfter', 'effort'])('rejects %s of 11 or -1, accepts 0 to 10', (field) => {
    expect(pathsOf(makeSession({ [field]: 11 }))).toEqual([field]);
    expect(pathsOf(makeSession({ [field]: -1 }))).toEqual([field]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (v) => pathsOf(makeSession({ [field]: v })).length === 0),
    );
  });

  it.each(['no-such-routine', 'custom:not-a-uuid', 'custom:0B6F8A2C-1D2E-4F3A-8B4C-5D6E7F8A9B0C', ''])(
    'rejects the routine id %j',
    (routineId) => {
      expect(pathsOf(makeSession({ routineId }))).toEqual(['routineId']);
    },
  );

  it('rejects an unknown exercise id', () => {
    expect(pathsOf(makeSession({ exercises: [{ exerciseId: 'sit-up-9000', done: true }] }))).toEqual([
      'exercises.0.exerciseId',
    ]);
  });

  it('rejects an end before the start, also across offsets', () => {
    expect(pathsOf(makeSession({ endedAt: '2026-03-14T07:29:59+01:00' }))).toEqual(['endedAt']);
    expect(pathsOf(makeSession({ endedAt: '2026-03-14T06:35:00Z' }))).toEqual([]);
    expect(pathsOf(makeSession({ endedAt: '2026-03-14T06:29:00Z' }))).toEqual(['endedAt']);
  });

  it('accepts an end equal to the start, and rejects a session over 12 hours', () => {
    expect(pathsOf(makeSession({ endedAt: '2026-03-14T07:30:00+01:00' }))).toEqual([]);
    expect(pathsOf(makeSession({ endedAt: '2026-03-14T19:30:01+01:00' }))).toEqual(['endedAt']);
  });

  it('needs instants with an offset', () => {
    expect(pathsOf(makeSession({ startedAt: '2026-03-14T07:30:00' }))).toEqual(['startedAt']);
  });

  it('rejects unknown fields and a bad rating', () => {
    expect(pathsOf(makeSession({ mood: 3 }))).toEqual(['unrecognized_keys']);
    expect(pathsOf(makeSession({ rating: 'meh' }))).toEqual(['rating']);
    expect(pathsOf(makeSession({ exercises: [{ exerciseId: 'cat-cow', done: true, weight: 2 }] }))).toEqual([
      'exercises.0',
    ]);
  });

  it('accepts logged sets with kilograms, a band or body weight and an RPE', () => {
    const sets = [
      { reps: 8, loadKg: 4.5, rpe: 6 },
      { reps: 10, band: 'red' },
      { seconds: 30, bodyweight: true },
    ];
    expect(pathsOf(makeSession({ exercises: [{ exerciseId: 'sit-to-stand', done: true, sets }] }))).toEqual(
      [],
    );
  });

  it('rejects a set with two loads, an RPE above 10 or an unknown field', () => {
    const withSets = (sets: unknown[]) =>
      makeSession({ exercises: [{ exerciseId: 'band-row', done: true, sets }] });
    expect(pathsOf(withSets([{ reps: 8, loadKg: 2, band: 'red' }]))).toEqual(['exercises.0.sets.0.loadKg']);
    expect(pathsOf(withSets([{ reps: 8, rpe: 11 }]))).toEqual(['exercises.0.sets.0.rpe']);
    expect(pathsOf(withSets([{ reps: 8, kg: 2 }]))).toEqual(['exercises.0.sets.0']);
  });

  it('re-validates a patched session as a whole', () => {
    const stored: Session = {
      ...(makeSession() as Omit<Session, 'exercises' | 'notes' | 'localDate' | 'createdAt' | 'updatedAt'>),
      exercises: null,
      notes: null,
      localDate: '2026-03-14',
      createdAt: '2026-03-14T06:40:00.000Z',
      updatedAt: '2026-03-14T06:40:00.000Z',
    };
    expect(applySessionPatch(stored, { rating: 'too_easy', notes: null })).toMatchObject({
      rating: 'too_easy',
    });
    expect(() => applySessionPatch(stored, { endedAt: '2026-03-14T07:00:00+01:00' })).toThrow();
    expect(sessionPatchSchema.safeParse({ id: stored.id }).success).toBe(false);
  });
});

describe('custom exercises and routines', () => {
  const exercise = {
    name: 'Physio side-lying lift',
    steps: ['Lie on your side.', 'Lift the top leg a hand width.'],
    dose: { kind: 'reps', reps: 10, sets: 2, secondsPerRep: 3, perSide: true },
  };

  it('accepts an exercise with an https link', () => {
    expect(
      customExerciseInputSchema.safeParse({ ...exercise, link: 'https://example.org/video' }).success,
    ).toBe(true);
  });

  it.each([
    [{ link: 'http://example.org' }, 'link'],
    [{ link: 'javascript:alert(1)' }, 'link'],
    [{ steps: [] }, 'steps'],
    [{ steps: Array(11).fill('Step') }, 'steps'],
    [{ dose: { kind: 'reps', reps: 0, sets: 1, secondsPerRep: 3 } }, 'dose.reps'],
    [{ dose: { kind: 'time', seconds: 30 } }, 'dose.sets'],
    [{ name: '  ' }, 'name'],
  ])('rejects %j', (over, path) => {
    const r = customExerciseInputSchema.safeParse({ ...exercise, ...over });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('builds a routine from catalogue and custom exercises, 1 to 30 items', () => {
    const items = [{ exerciseId: 'cat-cow' }, { exerciseId: 'custom:0b6f8a2c-1d2e-4f3a-8b4c-5d6e7f8a9b0c' }];
    expect(customRoutineInputSchema.safeParse({ name: 'Mine', items }).success).toBe(true);
    expect(customRoutineInputSchema.safeParse({ name: 'Mine', items: [] }).success).toBe(false);
    expect(
      customRoutineInputSchema.safeParse({ name: 'Mine', items: Array(31).fill(items[0]) }).success,
    ).toBe(false);
    expect(
      customRoutineInputSchema.safeParse({ name: 'Mine', items: [{ exerciseId: 'nope' }] }).success,
    ).toBe(false);
  });
});
