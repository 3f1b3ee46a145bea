import type { LessonGrade, LessonSource } from '../lessons/schema.js';

/**
 * Shared shapes of the exercise library. The catalogue (`catalogue*.ts`), routines (`routines.ts`),
 * progression and plans all build on these; the server and web app read them through `core`.
 */

export const exerciseTags = [
  'mobility',
  'core',
  'glutes',
  'strength',
  'yoga',
  'pilates',
  'desk',
  'walking',
  'breathing',
  'relax',
  'balance',
  'impact',
] as const;
export type ExerciseTag = (typeof exerciseTags)[number];

export const equipmentKinds = ['none', 'band', 'chair', 'wall', 'mat', 'strap', 'weights', 'step'] as const;
export type Equipment = (typeof equipmentKinds)[number];

/**
 * How much of an exercise: a hold or timed block in seconds, or repetitions, times sets.
 * `perSide`: the sets are done once on each side (a hold of 30 s per side takes 60 s a set).
 */
export type Dose =
  | { kind: 'time'; seconds: number; sets: number; restSeconds?: number; perSide?: boolean }
  | {
      kind: 'reps';
      reps: number;
      sets: number;
      secondsPerRep: number;
      restSeconds?: number;
      perSide?: boolean;
    };

/**
 * Lines the player speaks in turn inside each repetition (or, for a timed hold, one after another
 * through the hold, starting again when they run out): "Breathe in" for 5 s, "Breathe out" for 5 s.
 */
export interface Beat {
  say: string;
  seconds: number;
}

/** One exercise of the catalogue, written in our own words. */
export interface Exercise {
  /** Stable kebab-case id, e.g. `cat-cow`. */
  id: string;
  name: string;
  /** One sentence: what it is for. */
  purpose: string;
  /** 3–6 plain steps. */
  steps: string[];
  /** 2–3 short cues, also spoken by the player. */
  cues: string[];
  mistakes: string[];
  /** Ids of an easier and a harder variant in the catalogue, where they exist. */
  easier?: string;
  harder?: string;
  equipment: Equipment[];
  dose: Dose;
  tags: ExerciseTag[];
  cautions: string[];
  /** False for loaded or end-range spinal flexion and twisting; plans for fragile bones skip these. */
  boneSafe: boolean;
  /** Our own line drawing: a complete `<svg …>…</svg>` string, consistent style, no text. */
  illustration: string;
  /** What the drawing shows, for screen readers. */
  alt: string;
  /** Spoken lines paced within each repetition or hold (relaxation sessions); see `Beat`. */
  rhythm?: Beat[];
}

/** One block of a routine: an exercise with the dose used here (defaults to the exercise's). */
export interface RoutineItem {
  exerciseId: string;
  dose?: Dose;
}

export interface Routine {
  /** e.g. `morning-5`, `desk-…`, `strength-a`. */
  id: string;
  name: string;
  description: string;
  tags: ExerciseTag[];
  items: RoutineItem[];
  /** Seconds of rest/transition between items. */
  transitionSeconds: number;
  /** The lesson that explains what this routine is for (`lessonById`). */
  lessonId?: string;
  /** Where a routine's own claim needs one (relaxation sessions): its grade and sources. */
  evidence?: RoutineEvidence;
}

/** The strength of the evidence behind a routine, graded as lessons are (A–D). */
export interface RoutineEvidence {
  grade: LessonGrade;
  /** One line saying why the grade is what it is. */
  reason: string;
  sources: LessonSource[];
}
