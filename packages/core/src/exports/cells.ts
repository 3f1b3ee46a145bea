/**
 * One CSV cell as text. Lists are joined with `;` and an empty list is `none` (a food list filled in with
 * nothing ticked says something; an empty cell says nothing was recorded), yes/no is `true`/`false`, numbers
 * keep every digit (JavaScript's shortest round-trip form), empty means "not recorded".
 */
export type CellValue = string | number | boolean | null | undefined | readonly string[];

/** An empty list, as written in a cell. */
export const EMPTY_LIST = 'none';

/**
 * Spreadsheets run a cell starting with one of these as a formula (CSV injection); text cells get a `'`.
 * The set is csv-stringify's `escape_formulas` (=, +, -, @, tab, CR, and the full-width ＝ ＋ － ＠ that
 * Apple Numbers normalises). Its option is not used directly because it would also mark negative numbers,
 * which reach the writer as text.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function formatCell(value: CellValue, kind: 'text' | 'value' = 'value'): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length ? value.join(';') : EMPTY_LIST;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = value as string;
  return kind === 'text' && FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes the formula guard of `formatCell` on a text cell. */
export function parseTextCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** `true/yes/y/1` and `false/no/n/0`, any case; anything else is handed on unchanged for the schema to refuse. */
export function parseBooleanCell(cell: string): boolean | string {
  const v = cell.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return cell;
}

/** A number written with a dot or a single decimal comma (`6,5`); else the text, for the schema to refuse. */
export function parseNumberCell(cell: string): number | string {
  const v = cell.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (v === '') return cell;
  const n = Number(v);
  return Number.isFinite(n) ? n : cell;
}

/** `a;b` (or `a,b`) → `['a', 'b']`, trimmed, lower-case, empty parts dropped; `none` → `[]`. */
export function parseListCell(cell: string): string[] {
  if (cell.trim().toLowerCase() === EMPTY_LIST) return [];
  return cell
    .split(/[;,]/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * A date and time for `recordedAt`: a full ISO-8601 instant with offset is kept; `YYYY-MM-DD`,
 * `YYYY-MM-DD HH:MM[:SS]` or `YYYY-MM-DDTHH:MM[:SS]` get `offset` (the importer's UTC offset, e.g.
 * `+01:00`); a date alone is taken as 12:00 that day. Anything else is returned for the schema to refuse.
 */
export function parseInstantCell(cell: string, offset: string): string {
  const v = cell.trim();
  if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(v) && v.includes('T')) return v;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (!m) return cell;
  const [, date, hh = '12', mm = '00', ss = '00'] = m;
  return `${date}T${hh.padStart(2, '0')}:${mm}:${ss}${offset === '+00:00' ? 'Z' : offset}`;
}
