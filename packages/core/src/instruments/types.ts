export interface AnswerOption {
  value: number;
  label: string;
}

export interface Band {
  id: string;
  label: string;
  /** Plain-language meaning, never a diagnosis. */
  text: string;
}

export interface Instrument {
  id: 'peg' | 'mrs' | 'phq2' | 'gad2';
  name: string;
  citation: string;
  licence: string;
  instructions: string;
  items: { text: string; options: AnswerOption[] }[];
  /** Days between offers; opt-in instruments are offered only to users who chose them. */
  everyDays: number;
  optIn: boolean;
  score(answers: number[]): { total: number; subscales?: Record<string, number> };
  band(score: { total: number; subscales?: Record<string, number> }): Band;
}
