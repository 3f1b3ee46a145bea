import { DomainError } from '../errors.js';

/** A CSV header row → column index by lower-cased, trimmed name (the first of a repeated name wins). */
export function columnsOf(header: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (!columns.has(key)) columns.set(key, i);
  });
  return columns;
}

/** The cell of a named column, trimmed; '' when the column or the cell is missing. */
export function cell(row: readonly string[], columns: ReadonlyMap<string, number>, name: string): string {
  const i = columns.get(name);
  return i === undefined ? '' : (row[i] ?? '').trim();
}

/** 400 for a file that is not the export she said it was; nothing is imported. */
export function notThisExport(app: string, expected: string): DomainError {
  return new DomainError(
    'validation_failed',
    `This does not look like a ${app} export (${expected}). Nothing was imported.`,
  );
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * `23rd Jul 2020`, `1 Aug 2021`, `5th September 2019` (day, English month name or its first three
 * letters, year) → `YYYY-MM-DD`; undefined when it is not such a date or not a real day.
 */
export function dayMonthNameYear(text: string): string | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = months.indexOf((m[2] as string).slice(0, 3).toLowerCase());
  if (month < 0) return undefined;
  const day = Number(m[1]);
  const ms = Date.UTC(Number(m[3]), month, day);
  const date = new Date(ms);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return undefined;
  return date.toISOString().slice(0, 10);
}
