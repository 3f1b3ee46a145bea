import {
  type CheckinInput,
  type CsvDateFormat,
  type CsvImportBody,
  checkinCsvFields,
  checkinFromCsvRow,
  csvScaleQuestions,
  DomainError,
  detectDateFormats,
  type ErrorDetail,
  isoDateCell,
  type Locale,
  rescaleOneToFive,
  suggestCheckinMapping,
  type Tracker,
  widenLongCsv,
} from '@spinekind/core';
import { parse } from 'csv-parse/sync';
import { checkinResource } from '../checkins/store.js';
import type { ItemsOf } from '../crud/store.js';
import { legacyNameId, nameId } from '../db/name-id.js';
import { zodErrorMapOf } from '../http/zod-locale.js';
import type { CheckinImportPlan, RowError } from './csv.js';

export const MAX_IMPORT_ROWS = 20_000;
const PREVIEW_ROWS = 20;

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

/** What `readCheckinCsv` needs: the request, and what of hers the rows are checked against. */
export interface CsvReadInput {
  body: CsvImportBody;
  trackers: Tracker[];
  /** Her items each check needs, by resource key (loaded before, so reading needs no database). */
  existing: Record<string, readonly unknown[]>;
  now: number;
  locale: Locale;
}

/** The plan before the database has said which rows are there already. */
export type CsvRead = Omit<CheckinImportPlan, 'ready' | 'alreadyPresent' | 'preview'> & {
  /** Every valid row, once each. */
  candidates: CheckinImportPlan['ready'];
  /** A row's id now → the id an import before December 2026 gave it (looked up too). */
  legacyOf: [string, string][];
  /** The first rows: a candidate's index, or the cells of a row with problems. */
  preview: { row: number; candidate?: number; cells?: { recordedAt: string; pain: string } }[];
};

/**
 * Reads, maps and validates every row of the file; no database, so it runs in a worker thread (20,000 rows
 * take most of a second). Row problems are English (translated on the way out) but for zod's own messages,
 * which come in `locale`. Throws `DomainError` for a file it cannot read at all.
 */
export function readCheckinCsv({ body, trackers, existing, now, locale }: CsvReadInput): CsvRead {
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
  const legacyOf: [string, string][] = [];
  const related = ((def: { key: string }) => existing[def.key] ?? []) as ItemsOf;
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
    const issues = checkinResource.check?.run(input, related, new Date(now)) ?? [];
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
    if (legacyId) legacyOf.push([id, legacyId]);
  }
  const errorRows = new Set(errors.map((e) => e.row));
  const cellOf = (record: string[], field: string) => {
    const header = headers.find((h) => h.name === mapping[field]);
    return header ? (record[header.index] ?? '') : '';
  };
  const preview = dataRows.slice(0, PREVIEW_ROWS).map((record, i): CsvRead['preview'][number] => {
    const row = lineOf(i);
    const found = candidates.findIndex((c) => c.row === row);
    if (errorRows.has(row) || found < 0)
      return { row, cells: { recordedAt: cellOf(record, 'recordedAt'), pain: cellOf(record, 'pain') } };
    return { row, candidate: found };
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
    candidates,
    legacyOf,
    preview,
  };
}

/** The one layout that reads every date; ISO first when it does; null when day/month and month/day both do. */
function chosenFormat(choices: readonly CsvDateFormat[]): CsvDateFormat | null {
  if (choices.includes('YYYY-MM-DD')) return 'YYYY-MM-DD';
  return choices.length === 1 ? (choices[0] as CsvDateFormat) : null;
}
