import {
  type CheckinInput,
  type CsvDateFormat,
  type CsvImportBody,
  type CsvScaleQuestion,
  checkinCsvFields,
  checkinFromCsvRow,
  csvScaleQuestions,
  DomainError,
  detectDateFormats,
  type ErrorDetail,
  isoDateCell,
  type Locale,
  type LongCsvLayout,
  rescaleOneToFive,
  suggestCheckinMapping,
  type Tracker,
  widenLongCsv,
} from '@spinekind/core';
import { parse } from 'csv-parse/sync';
import { checkinIdsAmong, checkinResource, checkinStageRow, checkinsTarget } from '../checkins/store.js';
import { itemsFor, resourceStore } from '../crud/store.js';
import type { DbKind } from '../db/client.js';
import { legacyNameId, nameId } from '../db/name-id.js';
import type { UserScope } from '../db/scope.js';
import { zodErrorMapOf } from '../http/zod-locale.js';
import { STAGE_ROWS, startRun } from '../staging/runs.js';
import { trackerResource } from '../tracking/store.js';

export const MAX_IMPORT_ROWS = 20_000;
const PREVIEW_ROWS = 20;

export interface RowError {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}

interface Header {
  name: string;
  index: number;
}

/** The header row, with blank names filled (`Column 3`) and repeats numbered (`Pain (2)`), so each is unique. */
function headersOf(row: string[]): { headers: Header[]; duplicates: string[] } {
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  const headers = row.map((raw, index) => {
    const base = raw.trim() || `Column ${index + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    if (n === 2) duplicates.push(base);
    return { name: n === 1 ? base : `${base} (${n})`, index };
  });
  return { headers, duplicates };
}

/** Comma, semicolon (European Excel) or tab: whichever the header line has most of. */
function delimiterOf(csv: string): string {
  const firstLine = csv.slice(0, csv.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

function parseCsv(csv: string): string[][] {
  try {
    return parse(csv, {
      bom: true,
      delimiter: delimiterOf(csv.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (e) {
    throw new DomainError('validation_failed', `The file could not be read as CSV: ${(e as Error).message}`);
  }
}

/**
 * Stable ids for a row without one, so importing the same file twice adds nothing: the id it gets now, and
 * the one an import before December 2026 gave it (looked up too, never issued).
 */
function idsFor(input: Omit<CheckinInput, 'id'>): { id: string; legacyId: string } {
  const canonical = JSON.stringify(input, Object.keys(input).sort());
  return { id: nameId('csv-checkin', canonical), legacyId: legacyNameId.csvCheckin(canonical) };
}

function checkMapping(
  mapping: Record<string, string>,
  headers: Header[],
  trackers: readonly Tracker[],
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const fields = new Set<string>([...checkinCsvFields, ...trackers.map((t) => `custom:${t.id}`)]);
  const names = new Set(headers.map((h) => h.name));
  const used = new Map<string, string>();
  for (const [field, column] of Object.entries(mapping)) {
    if (!fields.has(field))
      problems.push({ path: `mapping.${field}`, message: `There is no field called "${field}".` });
    if (!names.has(column))
      problems.push({ path: `mapping.${field}`, message: `The file has no column called "${column}".` });
    const other = used.get(column);
    if (other) problems.push({ path: `mapping.${field}`, message: `"${column}" already feeds ${other}.` });
    used.set(column, field);
  }
  return problems;
}

export interface CheckinImportPlan {
  columns: { name: string; samples: string[] }[];
  duplicateColumns: string[];
  suggestedMapping: Record<string, string>;
  matches: ReturnType<typeof suggestCheckinMapping>;
  mapping: Record<string, string>;
  /** The date layout rows are read with; null while the file could be either DD/MM/YYYY or MM/DD/YYYY. */
  dateFormat: CsvDateFormat | null;
  /** Layouts that read every date of the file (two: she must choose). */
  dateFormatChoices: CsvDateFormat[];
  /** A long file (one row per measurement) read as one row per date and time; null for a wide file. */
  longFormat: (LongCsvLayout & { measures: string[]; longRows: number }) | null;
  /** 0–10 fields whose column looks like 1–5: she says how to read each (never decided for her). */
  scaleQuestions: CsvScaleQuestion[];
  unmappedColumns: string[];
  missingFields: string[];
  rows: number;
  errors: RowError[];
  /** Valid rows whose id is not in the account yet, and those already there (re-import adds nothing). */
  ready: { id: string; row: number; input: Omit<CheckinInput, 'id'> }[];
  alreadyPresent: number;
  /** The first rows: the check-in as it would be saved, or for a row with problems its date and pain cells as written. */
  preview: {
    row: number;
    status: 'new' | 'present' | 'error';
    checkin?: CheckinInput;
    cells?: { recordedAt: string; pain: string };
  }[];
}

/**
 * Reads, maps and validates every row; writes nothing. The dry run answers this; the real run inserts `ready`.
 * Row problems are English (translated on the way out) but for zod's own messages, which come in `locale`.
 */
export async function planCheckinImport(
  body: CsvImportBody,
  scope: UserScope,
  now: Date,
  locale: Locale = 'en',
): Promise<CheckinImportPlan> {
  const records = parseCsv(body.csv);
  const [fileHeader = [], ...fileRows] = records;
  // One row per measurement (date, measure, value): read as one row per date and time first.
  const wide = widenLongCsv(fileHeader, fileRows);
  const headerRow = wide ? wide.header : fileHeader;
  const dataRows = wide ? wide.rows : fileRows;
  const lineOf = (i: number) => (wide ? (wide.lines[i] as number) : i + 2);
  if (dataRows.length > MAX_IMPORT_ROWS)
    throw new DomainError('validation_failed', `Import at most ${MAX_IMPORT_ROWS} rows at a time.`);
  const { headers, duplicates } = headersOf(headerRow);
  const trackers = await resourceStore(trackerResource, scope).list();
  const matches = suggestCheckinMapping(
    headers.map((h) => h.name),
    trackers,
  );
  const suggestedMapping = Object.fromEntries(matches.map((m) => [m.field, m.column]));
  const mapping = body.mapping ?? suggestedMapping;
  const mappingProblems = checkMapping(mapping, headers, trackers);
  if (mappingProblems.length)
    throw new DomainError('validation_failed', 'The column mapping does not fit this file.', mappingProblems);
  const columnOf = (field: string | null) => (field ? (mapping[field] ?? null) : null);
  const scaleQuestions = csvScaleQuestions(
    headers.map((h) => h.name),
    dataRows,
    mapping,
    body.rescale,
  );
  const choiceOf = (field: string) => scaleQuestions.find((q) => q.field === field)?.choice;
  // The mapping rows are read with: without the columns she chose to leave out.
  const readMapping = Object.fromEntries(
    Object.entries(mapping).filter(([f]) => choiceOf(f) !== 'leave-out'),
  );
  const converted = scaleQuestions.filter((q) => q.choice === '1-5');
  const dateColumn = headers.find((h) => h.name === mapping.recordedAt);
  const dateFormatChoices = dateColumn
    ? detectDateFormats(dataRows.map((r) => r[dateColumn.index] ?? ''))
    : [];
  const dateFormat = body.dateFormat ?? chosenFormat(dateFormatChoices);

  const errors: RowError[] = [];
  const candidates: CheckinImportPlan['ready'] = [];
  const firstRowOfId = new Map<string, number>();
  const seenIds = new Set<string>();
  const legacyOf = new Map<string, string>();
  const related = await itemsFor(checkinResource, scope);
  for (const [i, record] of dataRows.entries()) {
    const row = lineOf(i);
    const widening = wide?.problems.get(i);
    if (widening) {
      for (const p of widening)
        errors.push({ row: p.line, column: p.column, field: null, message: p.message });
      continue;
    }
    const cells = Object.fromEntries(headers.map((h) => [h.name, record[h.index] ?? '']));
    let unconvertible = false;
    for (const q of converted) {
      const scaled = rescaleOneToFive(cells[q.column] ?? '');
      if ('cell' in scaled) cells[q.column] = scaled.cell;
      else {
        errors.push({ row, column: q.column, field: q.field, message: scaled.message });
        unconvertible = true;
      }
    }
    if (unconvertible) continue;
    const written = dateColumn ? cells[dateColumn.name] : undefined;
    if (dateColumn && written && dateFormat) {
      const iso = isoDateCell(written, dateFormat);
      if (iso === undefined) {
        errors.push({
          row,
          column: dateColumn.name,
          field: 'recordedAt',
          message: `"${written}" is not a ${dateFormat} date.`,
        });
        continue;
      }
      cells[dateColumn.name] = iso;
    }
    const result = checkinFromCsvRow(cells, readMapping, trackers, body.utcOffset, zodErrorMapOf(locale));
    if (!result.input) {
      for (const p of result.problems)
        errors.push({ row, column: columnOf(p.field), field: p.field, message: p.message });
      continue;
    }
    const { id: given, ...input } = result.input as CheckinInput;
    const issues = checkinResource.check?.run(input, related, now) ?? [];
    if (issues.length) {
      for (const p of issues) {
        const field = p.path.startsWith('custom.') ? `custom:${p.path.slice(7)}` : p.path;
        errors.push({ row, column: columnOf(field), field, message: p.message });
      }
      continue;
    }
    const { id, legacyId } = given ? { id: given, legacyId: undefined } : idsFor(input);
    const earlier = firstRowOfId.get(id);
    if (earlier !== undefined) {
      const message = given
        ? `This id is already used in row ${earlier}.`
        : `Same check-in as row ${earlier}.`;
      errors.push({ row, column: columnOf(given ? 'id' : null), field: given ? 'id' : null, message });
      continue;
    }
    firstRowOfId.set(id, row);
    candidates.push({ id, row, input });
    if (legacyId) legacyOf.set(id, legacyId);
  }
  for (let i = 0; i < candidates.length; i += 1000) {
    const ids = candidates.slice(i, i + 1000).map((c) => c.id);
    const idOfLegacy = new Map(
      ids.flatMap((id) => (legacyOf.has(id) ? [[legacyOf.get(id), id]] : [])) as [string, string][],
    );
    const found = await checkinIdsAmong(scope, [...ids, ...idOfLegacy.keys()]);
    for (const id of found) seenIds.add(idOfLegacy.get(id) ?? id);
  }
  const ready = candidates.filter((c) => !seenIds.has(c.id));
  const errorRows = new Set(errors.map((e) => e.row));
  const cellOf = (record: string[], field: string) => {
    const header = headers.find((h) => h.name === mapping[field]);
    return header ? (record[header.index] ?? '') : '';
  };
  const preview = dataRows.slice(0, PREVIEW_ROWS).map((record, i) => {
    const row = lineOf(i);
    const found = candidates.find((c) => c.row === row);
    if (errorRows.has(row) || !found)
      return {
        row,
        status: 'error' as const,
        cells: { recordedAt: cellOf(record, 'recordedAt'), pain: cellOf(record, 'pain') },
      };
    return {
      row,
      status: seenIds.has(found.id) ? ('present' as const) : ('new' as const),
      checkin: { id: found.id, ...found.input },
    };
  });
  const mappedColumns = new Set(Object.values(mapping));
  return {
    columns: headers.map((h) => ({
      name: h.name,
      samples: dataRows.slice(0, 3).map((r) => r[h.index] ?? ''),
    })),
    duplicateColumns: duplicates,
    suggestedMapping,
    matches,
    mapping,
    dateFormat,
    dateFormatChoices,
    longFormat: wide ? { ...wide.layout, measures: wide.header.slice(1), longRows: wide.longRows } : null,
    scaleQuestions,
    unmappedColumns: headers.map((h) => h.name).filter((n) => !mappedColumns.has(n)),
    missingFields: ['recordedAt', 'pain'].filter((f) => !readMapping[f]),
    rows: dataRows.length,
    errors,
    ready,
    alreadyPresent: candidates.length - ready.length,
    preview,
  };
}

/** The one layout that reads every date; ISO first when it does; null when day/month and month/day both do. */
function chosenFormat(choices: readonly CsvDateFormat[]): CsvDateFormat | null {
  if (choices.includes('YYYY-MM-DD')) return 'YYYY-MM-DD';
  return choices.length === 1 ? (choices[0] as CsvDateFormat) : null;
}

/**
 * Writes the planned rows all or nothing: staged 500 to a statement, then committed in short steps
 * (staging/runs.ts); a row already there is left as it is. Answers how many were added.
 */
export async function insertPlannedCheckins(
  plan: CheckinImportPlan,
  scope: UserScope,
  now: Date,
  engine: DbKind,
): Promise<number> {
  if (!plan.ready.length) return 0;
  const run = await startRun(scope, 'import', engine, now);
  try {
    let columns: string[] = [];
    for (let i = 0; i < plan.ready.length; i += STAGE_ROWS) {
      const rows = plan.ready.slice(i, i + STAGE_ROWS).map((r) => checkinStageRow(r.id, r.input, now));
      columns = Object.keys(rows[0] ?? {});
      await run.stage(checkinsTarget, JSON.stringify(rows));
    }
    const { counts } = await run.commit([{ target: checkinsTarget, columns }], async () => undefined);
    return counts[0] ?? 0;
  } finally {
    await run.finish();
  }
}
