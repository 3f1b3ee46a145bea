import { describe, expect, it } from 'vitest';
import {
  buildSteps,
  cuesBetween,
  currentBeat,
  initialPlayerState,
  type PlayerAction,
  type PlayerState,
  type PlayItem,
  playerReducer,
  remainingMs,
  sessionExercises,
} from './engine';

const hold = (exerciseId: string, seconds: number, sets = 1): PlayItem => ({
  exerciseId,
  dose: { kind: 'time', seconds, sets },
});
const reps = (exerciseId: string, n: number, extra: { sets?: number; perSide?: boolean } = {}): PlayItem => ({
  exerciseId,
  dose: {
    kind: 'reps',
    reps: n,
    sets: extra.sets ?? 1,
    secondsPerRep: 2,
    restSeconds: 10,
    perSide: extra.perSide,
  },
});

const run = (s: PlayerState, ...actions: PlayerAction[]) => actions.reduce(playerReducer, s);
const tick = (ms: number): PlayerAction => ({ type: 'tick', ms });

describe('buildSteps', () => {
  it('starts with a 5-second lead-in and puts the transition between items', () => {
    const steps = buildSteps([hold('a', 30), hold('b', 20)], 8);
    expect(steps.map((s) => [s.kind, s.item, 'ms' in s ? s.ms : null])).toEqual([
      ['ready', 0, 5000],
      ['time', 0, 30000],
      ['ready', 1, 8000],
      ['time', 1, 20000],
    ]);
  });

  it('rests between sets and switches sides within each set', () => {
    const steps = buildSteps([reps('bridge', 5, { sets: 2, perSide: true })], 0);
    expect(
      steps.map((s) => (s.kind === 'reps' ? `reps${s.set}${s.side}` : s.kind === 'rest' ? s.reason : s.kind)),
    ).toEqual(['ready', 'reps1left', 'side', 'reps1right', 'set', 'reps2left', 'side', 'reps2right']);
  });

  it('holds a timed stretch on each side in turn', () => {
    const steps = buildSteps(
      [{ exerciseId: 'hip', dose: { kind: 'time', seconds: 30, sets: 1, perSide: true } }],
      0,
    );
    expect(
      steps.map((s) => (s.kind === 'rest' ? s.reason : s.kind === 'time' ? `time-${s.side}` : s.kind)),
    ).toEqual(['ready', 'time-left', 'side', 'time-right']);
  });
});

describe('playerReducer', () => {
  it('runs a timed routine to the end and marks every item done', () => {
    const s = run(initialPlayerState([hold('a', 30), hold('b', 20)], 5), tick(5000 + 30000 + 5000 + 20000));
    expect(s.finished).toBe(true);
    expect(sessionExercises(s)).toEqual([
      { exerciseId: 'a', done: true, seconds: 30 },
      { exerciseId: 'b', done: true, seconds: 20 },
    ]);
  });

  it('carries time over across several steps in one long tick (a fast-forwarded clock)', () => {
    const s = run(initialPlayerState([hold('a', 30), hold('b', 20)], 5), tick(5000 + 30000 + 5000 + 3000));
    expect(s.steps[s.index]?.kind).toBe('time');
    expect(s.steps[s.index]?.item).toBe(1);
    expect(remainingMs(s)).toBe(17000);
  });

  it('does not move while paused, and goes on after resume', () => {
    const start = run(initialPlayerState([hold('a', 30)], 0), tick(6000));
    const paused = run(start, { type: 'toggle' }, tick(60_000));
    expect(remainingMs(paused)).toBe(remainingMs(start));
    const resumed = run(paused, { type: 'toggle' }, tick(29_000));
    expect(resumed.finished).toBe(true);
  });

  it('skip marks the exercise skipped and moves to the next one', () => {
    const s = run(initialPlayerState([hold('a', 30), hold('b', 20)], 5), tick(5000 + 4000), { type: 'skip' });
    expect(s.items.map((i) => i.status)).toEqual(['skipped', 'pending']);
    expect(s.steps[s.index]).toMatchObject({ kind: 'ready', item: 1 });
    const done = run(s, tick(25_000));
    expect(sessionExercises(done)).toEqual([
      { exerciseId: 'a', done: false, seconds: 4 },
      { exerciseId: 'b', done: true, seconds: 20 },
    ]);
  });

  it('skip on a rest or get-ready step only shortens the wait', () => {
    const s = run(initialPlayerState([hold('a', 30)], 0), { type: 'skip' });
    expect(s.steps[s.index]?.kind).toBe('time');
    expect(s.items[0]?.status).toBe('pending');
  });

  it('paces repetitions on its own, and stops the pace once she counts by tapping', () => {
    const paced = run(initialPlayerState([reps('sq', 5)], 0), tick(5000 + 2000 * 3));
    expect(paced.reps).toBe(3);
    const tapped = run(paced, { type: 'countRep' }, tick(60_000));
    expect(tapped.reps).toBe(4);
    expect(tapped.finished).toBe(false);
    const done = run(tapped, { type: 'countRep' });
    expect(done.finished).toBe(true);
    expect(sessionExercises(done)[0]).toMatchObject({ exerciseId: 'sq', done: true, reps: 5 });
  });

  it('back restarts the current exercise, or goes to the one before right after a start', () => {
    const into = run(
      initialPlayerState([hold('a', 30), hold('b', 20)], 5),
      tick(5000 + 30000 + 5000 + 10_000),
    );
    const restarted = run(into, { type: 'back' });
    expect(restarted.steps[restarted.index]).toMatchObject({ kind: 'time', item: 1 });
    expect(remainingMs(restarted)).toBe(20_000);
    const previous = run(restarted, { type: 'back' });
    expect(previous.steps[previous.index]).toMatchObject({ kind: 'time', item: 0 });
    expect(previous.items[0]).toMatchObject({ status: 'pending', ms: 0 });
  });

  it('ignores every action after the end', () => {
    const end = run(initialPlayerState([hold('a', 5)], 0), tick(10_000));
    expect(run(end, { type: 'back' }, { type: 'skip' }, tick(1000))).toBe(end);
  });
});

describe('cuesBetween', () => {
  const start = initialPlayerState([hold('a', 30), hold('b', 20)], 5);

  it('names the exercise when it starts and the next one during the transition', () => {
    const working = run(start, tick(5000));
    expect(cuesBetween(start, working)).toEqual([{ kind: 'start', item: 0 }]);
    const transition = run(working, tick(30_000));
    expect(cuesBetween(working, transition)).toEqual([{ kind: 'next', item: 1 }]);
  });

  it('says halfway once, and counts down the last three seconds', () => {
    const working = run(start, tick(5000));
    const before = run(working, tick(14_900));
    expect(cuesBetween(before, run(before, tick(200)))).toEqual([{ kind: 'halfway' }]);
    const near = run(working, tick(26_500));
    expect(cuesBetween(near, run(near, tick(600)))).toEqual([{ kind: 'count', n: 3 }]);
    expect(cuesBetween(near, run(near, tick(100)))).toEqual([]);
  });

  it('announces the end once', () => {
    const end = run(start, tick(70_000));
    expect(cuesBetween(start, end)).toEqual([{ kind: 'finished' }]);
    expect(cuesBetween(end, end)).toEqual([]);
  });
});

describe('a rhythm (relaxation)', () => {
  // Paced breathing: 3 breaths of 10 s, in for 5 and out for 5.
  const breathing: PlayItem = {
    exerciseId: 'paced-breathing',
    dose: { kind: 'reps', reps: 3, sets: 1, secondsPerRep: 10 },
    rhythm: [5, 5],
  };
  const start = initialPlayerState([breathing], 0);
  const working = run(start, tick(5000));

  it('starts on the first line and says each next one when it begins', () => {
    expect(cuesBetween(start, working)).toEqual([{ kind: 'start', item: 0 }]);
    expect(currentBeat(working)).toBe(0);
    const almostOut = run(working, tick(4900));
    expect(cuesBetween(working, almostOut)).toEqual([]);
    const out = run(almostOut, tick(200));
    expect(cuesBetween(almostOut, out)).toEqual([{ kind: 'beat', item: 0, beat: 1 }]);
    expect(currentBeat(out)).toBe(1);
    // The second breath starts the rhythm again, with the repetition.
    const beforeNext = run(working, tick(9900));
    const next = run(beforeNext, tick(200));
    expect(next.reps).toBe(1);
    expect(cuesBetween(beforeNext, next)).toEqual([{ kind: 'beat', item: 0, beat: 0 }]);
  });

  it('keeps six breaths a minute: 30 breaths take 5 minutes, and the session is done', () => {
    const five = initialPlayerState(
      [{ ...breathing, dose: { kind: 'reps', reps: 30, sets: 1, secondsPerRep: 10 } }],
      0,
    );
    const end = run(five, tick(5000), tick(299_000));
    expect(end.finished).toBe(false);
    expect(end.reps).toBe(29);
    expect(run(end, tick(1000)).finished).toBe(true);
  });

  it('runs the lines of a hold in turn, and is calm: no halfway, no countdown', () => {
    const scan = initialPlayerState(
      [{ exerciseId: 'body-scan', dose: { kind: 'time', seconds: 120, sets: 1 }, rhythm: [60, 60] }],
      0,
    );
    const on = run(scan, tick(5000));
    const mid = run(on, tick(59_900));
    expect(cuesBetween(mid, run(mid, tick(200)))).toEqual([{ kind: 'beat', item: 0, beat: 1 }]);
    const near = run(on, tick(116_500));
    expect(cuesBetween(near, run(near, tick(600)))).toEqual([]);
  });

  it('falls silent when she counts the repetitions herself', () => {
    const manual = run(working, { type: 'countRep' });
    expect(currentBeat(manual)).toBeUndefined();
    expect(cuesBetween(manual, run(manual, tick(6000)))).toEqual([]);
  });
});
