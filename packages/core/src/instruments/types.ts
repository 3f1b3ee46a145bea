export interface AnswerOption {
  value: number;
  label: string;
}

/** A score's band: a stable `id` to store and chart, and plain words for the user. */
export interface Band {
  id: string;
  label: string;
  /** Plain-language meaning, never a diagnosis. */
  text: string;
}

export interface Score {
  total: number;
  subscales?: Record<string, number>;
}

/** A claim a function test's guide makes, with its evidence grade (clinical/evidence-notes.md scale). */
export interface GradedClaim {
  text: string;
  grade: 'A' | 'B' | 'C' | 'D';
  source: string;
}

/** How to do a function test safely at home: what the web app shows around its timer. */
export interface FunctionTestGuide {
  /** Why it is worth repeating, in plain words. */
  why: string;
  /** Said before anything else: a chair or wall beside her, stop if dizzy. */
  safety: readonly string[];
  steps: readonly string[];
  /** The timer: counts down a fixed time (chair stand) or counts up to a cap (a hold). */
  timer: { mode: 'countdown' | 'hold'; seconds: number };
  evidence: readonly GradedClaim[];
}

export interface Instrument {
  id: 'peg' | 'mrs' | 'phq2' | 'gad2' | 'rmdq' | 'chair_stand' | 'single_leg_stance' | 'balance_4stage';
  name: string;
  citation: string;
  licence: string;
  /** The time the questions ask about, e.g. "the past week". */
  recall: string;
  /** Shown above the items, in the instrument's own words where it has them. */
  instructions: string;
  items: { text: string; options: AnswerOption[] }[];
  /** `checklist`: statements she ticks (0 = not ticked, 1 = ticked), never yes/no buttons; otherwise one choice per item. */
  presentation?: 'checklist';
  /** Highest possible total, for charts. */
  maxScore: number;
  /** Item numbers (1-based) of each subscale, when the instrument has subscales. */
  subscales?: Record<string, readonly number[]>;
  /** Days between offers; opt-in instruments are offered only to users who chose them. */
  everyDays: number;
  optIn: boolean;
  /** Function tests (a timed or counted task, not questions) carry their guide. */
  test?: FunctionTestGuide;
  score(answers: number[]): Score;
  band(score: Score): Band;
}
