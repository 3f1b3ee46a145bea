import { describe, expect, it } from 'vitest';
import { exerciseHistory, loggedSets } from './history.js';

const s = (id: string, localDate: string, sets: object[]) => ({
  id,
  localDate,
  exercises: [
    { exerciseId: 'sit-to-stand', done: true, sets },
    { exerciseId: 'band-row', done: true, sets: [{ reps: 12, band: 'red' as const }] },
  ],
});

describe('exercise history', () => {
  const sessions = [
    s('a', '2026-03-02', [
      { reps: 10, loadKg: 4, rpe: 6 },
      { reps: 8, loadKg: 5, rpe: 7 },
    ]),
    s('b', '2026-03-05', [{ reps: 10, loadKg: 4.5 }]),
    s('c', '2026-03-09', [{ reps: 10, bodyweight: true }]),
  ];

  it('flattens the sets of one exercise, oldest first, numbered per session', () => {
    const { sets } = exerciseHistory(sessions, 'sit-to-stand');
    expect(sets.map((x) => [x.sessionId, x.set, x.loadKg])).toEqual([
      ['a', 1, 4],
      ['a', 2, 5],
      ['b', 1, 4.5],
      ['c', 1, null],
    ]);
  });

  it('sums each Monday-to-Sunday week and picks its heaviest set', () => {
    const { weeks } = exerciseHistory(sessions, 'sit-to-stand');
    expect(weeks).toHaveLength(2);
    expect(weeks[0]).toMatchObject({
      weekStart: '2026-03-02',
      sessions: 2,
      sets: 3,
      reps: 28,
      volumeKg: 40 + 40 + 45,
    });
    expect(weeks[0]?.best).toMatchObject({ loadKg: 5, reps: 8 });
    expect(weeks[1]).toMatchObject({ weekStart: '2026-03-09', volumeKg: 0, best: { bodyweight: true } });
  });

  it('lists every exercise’s sets for the export', () => {
    expect(loggedSets(sessions).filter((x) => x.exerciseId === 'band-row')).toHaveLength(3);
  });
});
