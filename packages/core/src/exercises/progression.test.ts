import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Library, LibraryExercise, LibraryRoutine } from './library.js';
import { judgeSession, type PainCheckin, progressionAdvice, type RatedSession } from './progression.js';

// A small made-up library so the rules are tested apart from the real catalogue.
const exercises: LibraryExercise[] = [
  {
    id: 'bridge',
    name: 'Bridge',
    dose: { kind: 'reps', reps: 10, sets: 2, secondsPerRep: 3 },
    easier: 'tilt',
    harder: 'one-leg-bridge',
    boneSafe: true,
  },
  {
    id: 'tilt',
    name: 'Tilt',
    dose: { kind: 'reps', reps: 10, sets: 1, secondsPerRep: 3 },
    harder: 'bridge',
    boneSafe: true,
  },
  {
    id: 'one-leg-bridge',
    name: 'One-leg bridge',
    dose: { kind: 'reps', reps: 8, sets: 2, secondsPerRep: 3 },
    easier: 'bridge',
    boneSafe: true,
  },
  { id: 'hold', name: 'Hold', dose: { kind: 'time', seconds: 30, sets: 1 }, harder: 'twist', boneSafe: true },
  {
    id: 'twist',
    name: 'Twist',
    dose: { kind: 'time', seconds: 30, sets: 1 },
    easier: 'hold',
    boneSafe: false,
  },
];
const routines: LibraryRoutine[] = [
  { id: 'r1', name: 'R1', items: [{ exerciseId: 'bridge' }, { exerciseId: 'hold' }] },
  {
    id: 'r2',
    name: 'R2',
    items: [{ exerciseId: 'tilt', dose: { kind: 'reps', reps: 12, sets: 1, secondsPerRep: 3 } }],
  },
];
const library: Library = {
  exercise: (id) => exercises.find((e) => e.id === id),
  routine: (id) => routines.find((r) => r.id === id),
};

let day = 0;
const session = (over: Partial<RatedSession> = {}): RatedSession => {
  day++;
  const localDate = `2026-03-${String(day).padStart(2, '0')}`;
  return {
    routineId: 'r1',
    startedAt: `${localDate}T07:00:00+01:00`,
    localDate,
    painBefore: 3,
    painAfter: 3,
    rating: 'about_right',
    ...over,
  };
};
const morningAfter = (s: RatedSession, pain: number, time = '08:00'): PainCheckin => {
  const next = new Date(Date.parse(`${s.localDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { localDate: next, recordedAt: `${next}T${time}:00+01:00`, pain };
};
const adviceFor = (sessions: RatedSession[], checkins: PainCheckin[] = [], usualPain?: number) =>
  progressionAdvice(sessions, checkins, library, usualPain === undefined ? {} : { usualPain });

describe('pain after a session (traffic light)', () => {
  it('keeps the level when pain after is 5/10', () => {
    expect(adviceFor([session({ painAfter: 5 })])[0]?.advice).toBe('keep');
  });

  it('steps back when pain after is 6/10', () => {
    const [a] = adviceFor([session({ painAfter: 6 })]);
    expect(a?.advice).toBe('step_back');
    expect(a?.reason).toContain('6/10');
  });
});

describe('pain the next morning', () => {
  it('keeps the level when next-morning pain is back to the usual level', () => {
    const s = session();
    expect(adviceFor([s], [morningAfter(s, 2)], 2)[0]?.advice).toBe('keep');
  });

  it('steps back when next-morning pain is one above the usual level', () => {
    const s = session();
    const [a] = adviceFor([s], [morningAfter(s, 3)], 2);
    expect(a?.advice).toBe('step_back');
    expect(a?.reason).toContain('next morning (3/10)');
  });

  it('ignores a check-in after noon the next day', () => {
    const s = session();
    expect(adviceFor([s], [morningAfter(s, 8, '12:30')], 2)[0]?.advice).toBe('keep');
  });

  it('takes the usual level from the median of check-ins in the two weeks before', () => {
    const s = session({ painBefore: 6 });
    const before = ['01', '02', '03'].map((d) => ({ localDate: `2026-02-${d}`, recordedAt: '', pain: 9 }));
    const recent = [2, 2, 3].map((pain, i) => ({ localDate: `2026-02-2${i}`, recordedAt: '', pain }));
    const shifted = { ...s, localDate: '2026-02-25', startedAt: '2026-02-25T07:00:00+01:00' };
    const j = judgeSession(shifted, [...before, ...recent, morningAfter(shifted, 3)]);
    expect(j).toMatchObject({ usualPain: 2, usualFrom: 'checkins', nextMorningPain: 3, acceptable: false });
  });

  it('falls back to pain before the session when there are too few check-ins', () => {
    const s = session({ painBefore: 4 });
    expect(judgeSession(s, [morningAfter(s, 4)])).toMatchObject({
      usualFrom: 'pain_before',
      acceptable: true,
    });
  });
});

describe('too easy twice in a row', () => {
  it('keeps the level after one too-easy session', () => {
    const [a] = adviceFor([session(), session({ rating: 'too_easy' })]);
    expect(a?.advice).toBe('keep');
  });

  it('offers the harder variant or more reps after two too-easy sessions with acceptable pain', () => {
    const [a] = adviceFor([session({ rating: 'too_easy' }), session({ rating: 'too_easy' })]);
    expect(a?.advice).toBe('progress');
    expect(a?.suggestions).toEqual([
      { exerciseId: 'bridge', toExerciseId: 'one-leg-bridge' },
      { exerciseId: 'hold', toExerciseId: 'twist' },
    ]);
  });

  it('does not progress when a step-back session sits between the two', () => {
    const sessions = [
      session({ rating: 'too_easy' }),
      session({ painAfter: 7 }),
      session({ rating: 'too_easy' }),
    ];
    expect(adviceFor(sessions)[0]?.advice).toBe('keep');
  });

  it('does not progress when the second too-easy session hurt the next morning', () => {
    const first = session({ rating: 'too_easy' });
    const second = session({ rating: 'too_easy' });
    expect(adviceFor([first, second], [morningAfter(second, 4)], 2)[0]?.advice).toBe('step_back');
  });

  it('with fragile bones offers more time instead of a harder variant that is not bone-safe', () => {
    const sessions = [session({ rating: 'too_easy' }), session({ rating: 'too_easy' })];
    const [a] = progressionAdvice(sessions, [], library, { boneSafeOnly: true });
    expect(a?.suggestions).toContainEqual({ exerciseId: 'hold', seconds: 36 });
    expect(a?.suggestions.some((s) => s.toExerciseId === 'twist')).toBe(false);
  });

  it('suggests more reps of the routine dose when there is no harder variant', () => {
    const sessions = [
      session({ routineId: 'r2', rating: 'too_easy' }),
      session({ routineId: 'r2', rating: 'too_easy' }),
    ];
    expect(adviceFor(sessions)[0]?.suggestions).toEqual([{ exerciseId: 'tilt', toExerciseId: 'bridge' }]);
  });
});

describe('stepping back', () => {
  it('suggests the easier variant, else fewer reps or less time', () => {
    const [a] = adviceFor([session({ painAfter: 8 })]);
    expect(a?.suggestions).toEqual([
      { exerciseId: 'bridge', toExerciseId: 'tilt' },
      { exerciseId: 'hold', seconds: 21 },
    ]);
  });

  it('gives advice per routine, most recently played first', () => {
    const advice = adviceFor([session({ routineId: 'r2', painAfter: 6 }), session({ routineId: 'r1' })]);
    expect(advice.map((a) => [a.routineId, a.advice])).toEqual([
      ['r1', 'keep'],
      ['r2', 'step_back'],
    ]);
  });

  it('gives no suggestions for a routine the library does not know, but still advises', () => {
    const [a] = adviceFor([session({ routineId: 'walking', painAfter: 6 })]);
    expect(a).toMatchObject({ advice: 'step_back', suggestions: [] });
  });
});

describe('rules hold for any history (no check-ins)', () => {
  const entry = fc.record({
    painAfter: fc.integer({ min: 0, max: 10 }),
    rating: fc.constantFrom('too_easy', 'about_right', 'too_hard') as fc.Arbitrary<RatedSession['rating']>,
  });

  it('steps back exactly when the last pain after is above 5, progresses exactly after two easy, acceptable sessions', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (history) => {
        const sessions = history.map((h, i) => ({
          ...session(h),
          startedAt: `2026-01-01T0${i}:00:00Z`,
          localDate: '2026-01-01',
        }));
        const [a] = adviceFor(sessions);
        const last = history.at(-1) as (typeof history)[number];
        const lastTwo = history.slice(-2);
        const expected =
          last.painAfter > 5
            ? 'step_back'
            : lastTwo.length === 2 && lastTwo.every((h) => h.rating === 'too_easy' && h.painAfter <= 5)
              ? 'progress'
              : 'keep';
        expect(a?.advice).toBe(expected);
        expect(a?.sessions).toBe(history.length);
      }),
    );
  });
});
