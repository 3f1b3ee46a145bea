import { dayMonthNameYear } from '../imports/app-files.js';

/** Date layouts a spreadsheet may use for the check-in's date column (a time may follow the date). */
export const csvDateFormats = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'D MMM YYYY'] as const;
export type CsvDateFormat = (typeof csvDateFormats)[number];

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(.*)$/;
const NAMED = /^(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})(.*)$/;

const real = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date.toISOString().slice(0, 10)
    : undefined;
};

/**
 * A date cell written in `format` → the same cell with its date as YYYY-MM-DD (a time after it is kept,
 * e.g. `21/03/2024 08:30` → `2024-03-21 08:30`); undefined when the cell is not a real date in that format.
 */
export function isoDateCell(cell: string, format: CsvDateFormat): string | undefined {
  const v = cell.trim();
  if (format === 'YYYY-MM-DD') return /^\d{4}-\d{2}-\d{2}/.test(v) ? v : undefined;
  if (format === 'D MMM YYYY') {
    const m = NAMED.exec(v);
    const day = m ? dayMonthNameYear(m[1] as string) : undefined;
    return day ? `${day}${(m?.[2] ?? '').trimEnd()}` : undefined;
  }
  const m = SLASHED.exec(v);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const day = format === 'DD/MM/YYYY' ? real(Number(m[3]), b, a) : real(Number(m[3]), a, b);
  return day ? `${day}${(m[4] ?? '').trimEnd()}` : undefined;
}

/**
 * The formats that read every non-empty cell of a date column. One format: use it. Both DD/MM/YYYY and
 * MM/DD/YYYY (every day ≤ 12, e.g. 03/04/2024): the file is ambiguous and she must say which. None: the
 * rows will report their dates as problems.
 */
export function detectDateFormats(cells: readonly string[]): CsvDateFormat[] {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (!filled.length) return [];
  return csvDateFormats.filter((f) => filled.every((c) => isoDateCell(c, f) !== undefined));
}
