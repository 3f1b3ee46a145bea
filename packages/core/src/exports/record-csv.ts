import type { Period } from '../cycle/schema.js';
import type { InstrumentResponse } from '../instruments/responses.js';
import type { HistorySet } from '../programmes/history.js';
import type { Treatment } from '../treatments/schema.js';
import { triageAnswerKeys } from '../triage/schema.js';
import type { Screening } from '../triage/screening.js';
import { type CellValue, formatCell } from './cells.js';

/** One CSV column of a record type: a stable header and how to read the cell from a record. */
export interface CsvColumn<T> {
  header: string;
  value(item: T): CellValue;
  /** Free text: guarded against spreadsheet formulas. */
  text?: boolean;
}

const col = <T>(header: string, value: (item: T) => CellValue, text = false): CsvColumn<T> => ({
  header,
  value,
  text,
});
const own = <T, K extends keyof T & string>(key: K, text = false) =>
  col<T>(key, (i) => i[key] as CellValue, text);

export const periodCsvColumns: CsvColumn<Period>[] = [
  own('id'),
  own('startDate'),
  own('endDate'),
  own('flow'),
  own('notes', true),
  own('source'),
];

export const treatmentCsvColumns: CsvColumn<Treatment>[] = [
  own('id'),
  own('kind'),
  own('name', true),
  own('startDate'),
  own('endDate'),
  own('notes', true),
];

/** A screening: its outcome, and which questions were answered yes (`;`-separated answer keys). */
export const screeningCsvColumns: CsvColumn<Screening>[] = [
  own('id'),
  own('recordedAt'),
  own('localDate'),
  own('level'),
  own('reasons'),
  own('matchedRules'),
  own('rulesetVersion'),
  col('age', (s) => s.input.age),
  col('painWeeks', (s) => s.input.answers.pain_weeks),
  col('answeredYes', (s) => triageAnswerKeys.filter((k) => s.input.answers[k] === true)),
  own('acknowledgedAt'),
  own('bookingReminder'),
  own('bookedAt'),
  own('followUp'),
  own('followUpAt'),
];

/** A questionnaire: total, band, item answers in item order (`;`), MRS subscales as `name=value;…`. */
export const questionnaireCsvColumns: CsvColumn<InstrumentResponse>[] = [
  own('id'),
  own('instrument'),
  own('completedAt'),
  own('localDate'),
  col('total', (r) => r.score.total),
  col('band', (r) => r.band.id),
  col('answers', (r) => r.answers.map(String)),
  col('subscales', (r) => Object.entries(r.score.subscales ?? {}).map(([k, v]) => `${k}=${v}`)),
];

export interface BreakLogLike {
  id: string;
  at: string;
  action: string;
  routineId: string | null;
}
export const breakCsvColumns: CsvColumn<BreakLogLike>[] = [
  own('id'),
  own('at'),
  own('action'),
  own('routineId'),
];

/** One logged set of the load log (`loggedSets`): which exercise, which session and set, the load and effort. */
export type StrengthSetRow = HistorySet & { exerciseId: string };
export const strengthSetCsvColumns: CsvColumn<StrengthSetRow>[] = [
  own('date'),
  own('sessionId'),
  own('exerciseId'),
  own('set'),
  own('reps'),
  own('seconds'),
  own('loadKg'),
  own('band'),
  own('bodyweight'),
  own('rpe'),
];

/** The header row and one row of cells per record. */
export function csvTable<T>(columns: readonly CsvColumn<T>[], items: readonly T[]): string[][] {
  return [
    columns.map((c) => c.header),
    ...items.map((item) => columns.map((c) => formatCell(c.value(item), c.text ? 'text' : 'value'))),
  ];
}

/** The record types `GET /export?format=csv&type=…` writes, one CSV each (the web's export menu lists these). */
export const csvTypes = [
  'checkins',
  'periods',
  'treatments',
  'sessions',
  'screenings',
  'questionnaires',
  'breaks',
  'daily-metrics',
  'imported-notes',
  'desk-checks',
  'strength-sets',
  'experiments',
] as const;
export type CsvType = (typeof csvTypes)[number];
