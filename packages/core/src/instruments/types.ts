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

export interface Instrument {
  id: 'peg' | 'mrs' | 'phq2' | 'gad2' | 'rmdq';
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
  score(answers: number[]): Score;
  band(score: Score): Band;
}
