import { parseNumberCell } from './cells.js';

/** Check-in fields on our 0–10 scale that a CSV column may feed: the ones whose scale can be another. */
export const csvScoreFields = ['pain', 'painWorst', 'sleepQuality', 'mood', 'stress'] as const;
export type CsvScoreField = (typeof csvScoreFields)[number];

/**
 * How she says a 0–10 field's column is read when its values look like another scale: `1-5` converts
 * (×2.5 − 2.5, so 1 → 0 and 5 → 10, rounded to a whole number), `as-is` keeps the numbers (they are 0–10
 * already, she just never went above 5), `leave-out` leaves the column out. Never chosen for her.
 */
export const csvScaleChoices = ['1-5', 'as-is', 'leave-out'] as const;
export type CsvScaleChoice = (typeof csvScaleChoices)[number];

/** A header naming our scale (`Pain (0-10)`, `Mood /10`): its column is never asked about. */
const ZERO_TO_TEN = /\b0\s*(?:-|–|to)\s*10\b|\/\s*10\b/i;
/** A header naming a 1–5 scale (`Pain (1-5)`, `Mood 1–5`, `Energy /5`). */
const ONE_TO_FIVE = /\b1\s*(?:-|–|to)\s*5\b|\/\s*5\b/i;
/** Fewer numbers than this tell nothing about a scale (two check-ins of pain 3 and 5 are ordinary). */
const MIN_VALUES = 3;

/**
 * Whether a 0–10 field's column looks like a 1–5 scale, so she is asked: every number a whole one from 1 to
 * 5, and either its header names a 1–5 scale, or it has at least three numbers and reaches 5 without ever
 * going above (on a 0–10 scale 6–10 would show up). A header naming 0–10 is never asked about. Answers the
 * lowest and highest value then; null otherwise. A real 0–10 column can look like this (she never scored
 * above 5), which is why she is asked and nothing is converted for her.
 */
export function looksLikeOneToFive(
  header: string,
  cells: readonly string[],
): { min: number; max: number } | null {
  if (ZERO_TO_TEN.test(header)) return null;
  const numbers = cells
    .filter((c) => c.trim() !== '')
    .map((c) => parseNumberCell(c))
    .filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
  if (!numbers.length || !numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= 5)) return null;
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const named = ONE_TO_FIVE.test(header);
  return named || (numbers.length >= MIN_VALUES && max === 5) ? { min, max } : null;
}

/**
 * One cell of a 1–5 column on our 0–10 scale: `(v − 1) × 2.5`, rounded half up (1 → 0, 2 → 3, 3 → 5,
 * 4 → 8, 5 → 10). An empty cell stays empty; a cell that is not a number from 1 to 5 is a problem.
 */
export function rescaleOneToFive(cell: string): { cell: string } | { message: string } {
  if (cell.trim() === '') return { cell };
  const n = parseNumberCell(cell);
  if (typeof n !== 'number' || !(n >= 1 && n <= 5))
    return { message: `"${cell.trim()}" is not a number from 1 to 5, so it can't be converted to 0–10.` };
  return { cell: String(Math.round(n * 2.5 - 2.5)) };
}

/** A 0–10 field whose column looks like 1–5: the question the preview asks, and her answer so far. */
export interface CsvScaleQuestion {
  field: CsvScoreField;
  column: string;
  min: number;
  max: number;
  choice: CsvScaleChoice | null;
}

/**
 * The scale questions of a mapped file: one per 0–10 field whose column looks like 1–5. Our own export
 * (columns `id`, `recordedAt` and `localDate`) is never asked: its scores are ours.
 */
export function csvScaleQuestions(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: Readonly<Record<string, string>>,
  answers: Partial<Record<CsvScoreField, CsvScaleChoice>> = {},
): CsvScaleQuestion[] {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  if (['id', 'recordedat', 'localdate'].every((n) => names.has(n))) return [];
  return csvScoreFields.flatMap((field) => {
    const index = mapping[field] === undefined ? -1 : header.indexOf(mapping[field] as string);
    if (index < 0) return [];
    const look = looksLikeOneToFive(
      mapping[field] as string,
      rows.map((r) => r[index] ?? ''),
    );
    return look ? [{ field, column: mapping[field] as string, ...look, choice: answers[field] ?? null }] : [];
  });
}
