/**
 * Long CSV files: one row per measurement (`date,measure,value`, or `date,time,measure,value`), as many
 * trackers and spreadsheets write them. They become the wide rows the check-in import reads (one row per
 * date and time, one column per measure) before any column is matched, so the same mapping, checks and
 * preview apply.
 */

/** Lower case, letters and digits only (as header matching compares names). */
const normal = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const DATE_NAMES = ['date', 'day', 'datetime', 'timestamp', 'recordedat', 'when', 'datum', 'fecha'];
const TIME_NAMES = ['time', 'hour', 'clock', 'uhrzeit', 'hora'];
const NAME_NAMES = [
  'measure',
  'measurement',
  'metric',
  'name',
  'variable',
  'type',
  'item',
  'field',
  'parameter',
  'category',
  'symptom',
  'what',
  'key',
];
const VALUE_NAMES = [
  'value',
  'score',
  'amount',
  'level',
  'rating',
  'result',
  'reading',
  'val',
  'wert',
  'valor',
];
/** Columns besides the four roles a long file may have (a unit, a note): more means it is a wide file. */
const MAX_OTHER_COLUMNS = 2;

/** Which columns of a long file hold what (header names as written), and the columns left aside. */
export interface LongCsvLayout {
  date: string;
  /** A separate time-of-day column, when the file has one. */
  time: string | null;
  name: string;
  value: string;
  ignoredColumns: string[];
}

interface Roles {
  date: number;
  time: number | null;
  name: number;
  value: number;
}

/**
 * The roles of a long file's columns, or null when the header is not one: it needs a date (or time)
 * column, a name column and a value column, and at most two other columns.
 */
function rolesOf(header: readonly string[]): Roles | null {
  const names = header.map(normal);
  const find = (list: string[], not: number[] = []) =>
    names.findIndex((n, i) => !not.includes(i) && list.includes(n));
  const dateIndex = find(DATE_NAMES);
  const timeIndex = find(TIME_NAMES, [dateIndex]);
  const date = dateIndex >= 0 ? dateIndex : timeIndex;
  const time = dateIndex >= 0 && timeIndex >= 0 ? timeIndex : null;
  if (date < 0) return null;
  const name = find(NAME_NAMES, [date, time ?? -1]);
  const value = find(VALUE_NAMES, [date, time ?? -1, name]);
  if (name < 0 || value < 0) return null;
  const used = 2 + (time === null ? 1 : 2);
  if (header.filter((h) => h.trim() !== '').length - used > MAX_OTHER_COLUMNS) return null;
  return { date, time, name, value };
}

/** A long file read as wide rows: the header, the rows, and each row's first line in her file. */
export interface WideCsv {
  layout: LongCsvLayout;
  header: string[];
  rows: string[][];
  /** Spreadsheet line (header = 1) of the first long row of each wide row. */
  lines: number[];
  /** Problems of a wide row, by its index: the same measure twice at one date and time with two values. */
  problems: Map<number, { line: number; column: string; message: string }[]>;
  /** Long rows read (rows without a measure name or value add nothing and are not counted). */
  longRows: number;
}

/**
 * A long file (header + data rows) → wide rows, one per date and time in the order first seen, one column
 * per measure name (first spelling kept; names compared without case). Null when the header is not long.
 * The same measure twice at one moment with the same value is one value; with two values it is a problem
 * of that wide row (never a silent choice of one of them).
 */
export function widenLongCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): WideCsv | null {
  const roles = rolesOf(header);
  if (!roles) return null;
  const col = (i: number | null) => (i === null ? null : (header[i] ?? '').trim());
  const layout: LongCsvLayout = {
    date: col(roles.date) as string,
    time: col(roles.time),
    name: col(roles.name) as string,
    value: col(roles.value) as string,
    ignoredColumns: header
      .map((h, i) => ({ h: h.trim(), i }))
      .filter(({ h, i }) => h !== '' && ![roles.date, roles.time, roles.name, roles.value].includes(i))
      .map(({ h }) => h),
  };
  const measures = new Map<string, number>();
  const measureNames: string[] = [];
  const groups = new Map<string, number>();
  const wide: { when: string; values: Map<number, { value: string; line: number }> }[] = [];
  const lines: number[] = [];
  const problems: WideCsv['problems'] = new Map();
  let longRows = 0;
  for (const [i, row] of rows.entries()) {
    const line = i + 2;
    const cell = (index: number | null) => (index === null ? '' : (row[index] ?? '').trim());
    const name = cell(roles.name);
    const value = cell(roles.value);
    if (name === '' || value === '') continue;
    longRows++;
    const when = [cell(roles.date), cell(roles.time)].filter(Boolean).join(' ');
    const key = name.toLowerCase();
    let m = measures.get(key);
    if (m === undefined) {
      m = measureNames.length;
      measures.set(key, m);
      measureNames.push(name);
    }
    let g = groups.get(when);
    if (g === undefined) {
      g = wide.length;
      groups.set(when, g);
      wide.push({ when, values: new Map() });
      lines.push(line);
    }
    const group = wide[g] as (typeof wide)[number];
    const seen = group.values.get(m);
    if (!seen) group.values.set(m, { value, line });
    else if (seen.value !== value) {
      const list = problems.get(g) ?? [];
      list.push({
        line,
        column: layout.value,
        message: when
          ? `"${name}" has two values at ${when}: ${seen.value} (row ${seen.line}) and ${value}.`
          : `"${name}" has two values at the same time: ${seen.value} (row ${seen.line}) and ${value}.`,
      });
      problems.set(g, list);
    }
  }
  return {
    layout,
    header: [layout.date, ...measureNames],
    rows: wide.map((g) => [g.when, ...measureNames.map((_, m) => g.values.get(m)?.value ?? '')]),
    lines,
    problems,
    longRows,
  };
}
