import type { Dose } from '@spinekind/core';

/*
 * The routine player as a pure state machine: the routine is unrolled into steps (get ready,
 * timed holds, paced repetitions, rests between sets and sides), and time arrives as `tick`
 * actions carrying elapsed milliseconds. The page measures those from `performance.now()`, so
 * a paused tab, a slow phone or a test's fake clock all play the same routine.
 */

/** One routine item as the player needs it: which exercise, and how much of it. */
export interface PlayItem {
  exerciseId: string;
  dose: Dose;
  /** Seconds of each spoken line of the exercise's rhythm (relaxation): paced in every repetition or hold. */
  rhythm?: readonly number[];
}

export type Side = 'left' | 'right';

export type Step =
  /** Time to get into position before an item. */
  | { kind: 'ready'; item: number; ms: number }
  /** A pause between sets, or to switch sides. */
  | { kind: 'rest'; item: number; ms: number; reason: 'set' | 'side' }
  | { kind: 'time'; item: number; ms: number; set: number; sets: number; side?: Side; beats?: number[] }
  | {
      kind: 'reps';
      item: number;
      reps: number;
      paceMs: number;
      set: number;
      sets: number;
      side?: Side;
      beats?: number[];
    };

export type WorkStep = Extract<Step, { kind: 'time' | 'reps' }>;

/** Seconds to get into position before the first exercise. */
export const LEAD_IN_SECONDS = 5;
const SIDE_SWITCH_SECONDS = 5;
const DEFAULT_SET_REST_SECONDS = 15;
/** Within this long of starting an exercise, Back goes to the one before instead of restarting it. */
const BACK_RESTART_MS = 3000;

/** Unrolls a routine into the steps the player walks through. */
export function buildSteps(items: readonly PlayItem[], transitionSeconds: number): Step[] {
  const steps: Step[] = [];
  items.forEach(({ dose, rhythm }, item) => {
    const beats = rhythm?.length ? { beats: rhythm.map((seconds) => seconds * 1000) } : {};
    const readySeconds = item === 0 ? LEAD_IN_SECONDS : transitionSeconds;
    if (readySeconds > 0) steps.push({ kind: 'ready', item, ms: readySeconds * 1000 });
    const restMs = (dose.restSeconds ?? DEFAULT_SET_REST_SECONDS) * 1000;
    const sides: (Side | undefined)[] = dose.perSide ? ['left', 'right'] : [undefined];
    for (let set = 1; set <= dose.sets; set++) {
      if (set > 1 && restMs > 0) steps.push({ kind: 'rest', item, ms: restMs, reason: 'set' });
      sides.forEach((side, i) => {
        if (i > 0) steps.push({ kind: 'rest', item, ms: SIDE_SWITCH_SECONDS * 1000, reason: 'side' });
        const where = { item, set, sets: dose.sets, ...(side ? { side } : {}), ...beats };
        steps.push(
          dose.kind === 'time'
            ? { kind: 'time', ms: dose.seconds * 1000, ...where }
            : { kind: 'reps', reps: dose.reps, paceMs: dose.secondsPerRep * 1000, ...where },
        );
      });
    }
  });
  return steps;
}

export interface ItemProgress {
  exerciseId: string;
  status: 'pending' | 'done' | 'skipped';
  /** Milliseconds spent working on it (rests and pauses not counted). */
  ms: number;
  reps: number;
}

export interface PlayerState {
  steps: Step[];
  index: number;
  /** Time spent in the current step. */
  stepMs: number;
  /** Repetitions counted in the current step, and time since the last one (for the pace). */
  reps: number;
  sinceRepMs: number;
  /** She tapped to count: the pace stops and only her taps count in this step. */
  manual: boolean;
  paused: boolean;
  finished: boolean;
  /** Goes up on every step entered (also when Back restarts the same step), so cues can tell. */
  entered: number;
  items: ItemProgress[];
}

export type PlayerAction =
  | { type: 'tick'; ms: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'toggle' }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'countRep' };

export function initialPlayerState(items: readonly PlayItem[], transitionSeconds: number): PlayerState {
  return {
    steps: buildSteps(items, transitionSeconds),
    index: 0,
    stepMs: 0,
    reps: 0,
    sinceRepMs: 0,
    manual: false,
    paused: false,
    finished: items.length === 0,
    entered: 0,
    items: items.map((i) => ({ exerciseId: i.exerciseId, status: 'pending', ms: 0, reps: 0 })),
  };
}

export const isWork = (step: Step | undefined): step is WorkStep =>
  step?.kind === 'time' || step?.kind === 'reps';

const withItem = (s: PlayerState, item: number, change: Partial<ItemProgress>): ItemProgress[] =>
  s.items.map((p, i) => (i === item ? { ...p, ...change } : p));

function enter(s: PlayerState, index: number, items = s.items): PlayerState {
  const finished = index >= s.steps.length;
  return {
    ...s,
    items,
    index: finished ? s.steps.length - 1 : index,
    stepMs: 0,
    reps: 0,
    sinceRepMs: 0,
    manual: false,
    finished,
    paused: finished ? false : s.paused,
    entered: s.entered + 1,
  };
}

/** Moves past a step that ran its course; the item is done when its last work step is. */
function complete(s: PlayerState): PlayerState {
  const step = s.steps[s.index];
  const next = s.steps[s.index + 1];
  const lastOfItem = isWork(step) && (!next || next.item !== step.item);
  return enter(s, s.index + 1, lastOfItem ? withItem(s, step.item, { status: 'done' }) : s.items);
}

function spend(s: PlayerState, ms: number): PlayerState {
  const step = s.steps[s.index];
  const items = isWork(step) ? withItem(s, step.item, { ms: (s.items[step.item]?.ms ?? 0) + ms }) : s.items;
  return { ...s, items, stepMs: s.stepMs + ms, sinceRepMs: s.sinceRepMs + ms };
}

function addRep(s: PlayerState): PlayerState {
  const step = s.steps[s.index];
  if (step?.kind !== 'reps') return s;
  const counted = {
    ...s,
    reps: s.reps + 1,
    sinceRepMs: 0,
    items: withItem(s, step.item, { reps: (s.items[step.item]?.reps ?? 0) + 1 }),
  };
  return counted.reps >= step.reps ? complete(counted) : counted;
}

function tick(state: PlayerState, ms: number): PlayerState {
  let s = state;
  let left = ms;
  while (left > 0 && !s.finished) {
    const step = s.steps[s.index] as Step;
    if (step.kind === 'reps') {
      if (s.manual) return spend(s, left);
      const toNextRep = step.paceMs - s.sinceRepMs;
      if (left < toNextRep) return spend(s, left);
      s = addRep(spend(s, toNextRep));
      left -= toNextRep;
      continue;
    }
    const remaining = step.ms - s.stepMs;
    if (left < remaining) return spend(s, left);
    s = complete(spend(s, remaining));
    left -= remaining;
  }
  return s;
}

const firstWorkOf = (s: PlayerState, item: number) =>
  s.steps.findIndex((st) => isWork(st) && st.item === item);

function skip(s: PlayerState): PlayerState {
  const step = s.steps[s.index] as Step;
  if (!isWork(step)) return enter(s, s.index + 1);
  const nextItem = s.steps.findIndex((st) => st.item > step.item);
  return enter(s, nextItem === -1 ? s.steps.length : nextItem, withItem(s, step.item, { status: 'skipped' }));
}

function back(s: PlayerState): PlayerState {
  const step = s.steps[s.index] as Step;
  const first = firstWorkOf(s, step.item);
  const atStart = step.kind === 'ready' || (s.index === first && s.stepMs < BACK_RESTART_MS);
  const item = atStart ? Math.max(0, step.item - 1) : step.item;
  return enter(s, firstWorkOf(s, item), withItem(s, item, { status: 'pending', ms: 0, reps: 0 }));
}

export function playerReducer(s: PlayerState, action: PlayerAction): PlayerState {
  if (s.finished) return s;
  switch (action.type) {
    case 'tick':
      return s.paused ? s : tick(s, action.ms);
    case 'pause':
      return { ...s, paused: true };
    case 'resume':
      return { ...s, paused: false };
    case 'toggle':
      return { ...s, paused: !s.paused };
    case 'skip':
      return skip(s);
    case 'back':
      return back(s);
    case 'countRep':
      return s.steps[s.index]?.kind === 'reps' ? addRep({ ...s, manual: true }) : s;
  }
}

/** Milliseconds left in a timed step (hold, rest, get ready); `undefined` for repetitions. */
export function remainingMs(s: PlayerState): number | undefined {
  const step = s.steps[s.index];
  return step && step.kind !== 'reps' ? Math.max(0, step.ms - s.stepMs) : undefined;
}

/** What the session record keeps of each item: done or not, with the reps or seconds she did. */
export function sessionExercises(s: PlayerState) {
  return s.items.map((p) => ({
    exerciseId: p.exerciseId,
    done: p.status === 'done',
    ...(p.reps > 0 ? { reps: p.reps } : {}),
    ...(p.ms >= 1000 ? { seconds: Math.round(p.ms / 1000) } : {}),
  }));
}

export type Cue =
  | { kind: 'start'; item: number }
  | { kind: 'next'; item: number }
  | { kind: 'set'; set: number; sets: number; side?: Side }
  | { kind: 'rest'; reason: 'set' | 'side' }
  | { kind: 'halfway' }
  /** The next line of the exercise's rhythm ("Breathe in", "And let go"). */
  | { kind: 'beat'; item: number; beat: number }
  | { kind: 'count'; n: number }
  | { kind: 'finished' };

/** Which line of a rhythm (and in which round of it) `ms` into a repetition or hold falls on. */
function beatAt(beats: readonly number[], ms: number): { round: number; beat: number } {
  const cycle = beats.reduce((a, b) => a + b, 0);
  const round = Math.floor(ms / cycle);
  let t = ms - round * cycle;
  for (let beat = 0; beat < beats.length; beat++) {
    t -= beats[beat] as number;
    if (t < 0) return { round, beat };
  }
  return { round, beat: beats.length - 1 };
}

/** The rhythm line playing now (0-based), or `undefined` when the step has no rhythm or she counts herself. */
export function currentBeat(s: PlayerState): number | undefined {
  const step = s.steps[s.index];
  if (!isWork(step) || !step.beats || s.manual || s.finished) return undefined;
  return beatAt(step.beats, step.kind === 'reps' ? s.sinceRepMs : s.stepMs).beat;
}

/**
 * A rhythm's next line, when one starts between two moments of the same step: a new repetition starts
 * it again; in a hold the lines run in turn. A step with a rhythm is calm: no halfway, no countdown.
 */
function beatCues(step: WorkStep & { beats: number[] }, prev: PlayerState, next: PlayerState): Cue[] {
  if (next.manual) return [];
  const [before, after] =
    step.kind === 'reps'
      ? [beatAt(step.beats, prev.sinceRepMs), beatAt(step.beats, next.sinceRepMs)]
      : [beatAt(step.beats, prev.stepMs), beatAt(step.beats, next.stepMs)];
  const newRep = step.kind === 'reps' && next.reps !== prev.reps;
  const moved = newRep || before.round !== after.round || before.beat !== after.beat;
  return moved ? [{ kind: 'beat', item: step.item, beat: after.beat }] : [];
}

/** What to say (or announce) between two states: step changes, halfway, and the last three seconds. */
export function cuesBetween(prev: PlayerState, next: PlayerState): Cue[] {
  if (next.finished) return prev.finished ? [] : [{ kind: 'finished' }];
  const step = next.steps[next.index] as Step;
  if (next.entered !== prev.entered) {
    if (step.kind === 'ready') return [{ kind: 'next', item: step.item }];
    if (step.kind === 'rest') return [{ kind: 'rest', reason: step.reason }];
    if (next.index === firstWorkOf(next, step.item)) return [{ kind: 'start', item: step.item }];
    return [{ kind: 'set', set: step.set, sets: step.sets, ...(step.side ? { side: step.side } : {}) }];
  }
  if (isWork(step) && step.beats) return beatCues({ ...step, beats: step.beats }, prev, next);
  if (step.kind === 'reps') return [];
  const before = step.ms - prev.stepMs;
  const after = step.ms - next.stepMs;
  const cues: Cue[] = [];
  if (step.kind === 'time' && step.ms >= 20_000 && before > step.ms / 2 && after <= step.ms / 2)
    cues.push({ kind: 'halfway' });
  if (step.ms > 6000) {
    const crossed = [3, 2, 1].filter((n) => before > n * 1000 && after <= n * 1000);
    const last = crossed.at(-1);
    if (last !== undefined) cues.push({ kind: 'count', n: last });
  }
  return cues;
}
