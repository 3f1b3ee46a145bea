import type {
  CheckinInput,
  CsvDateFormat,
  CsvImportBody,
  CsvScaleQuestion,
  Locale,
  LongCsvLayout,
  suggestCheckinMapping,
} from '@spinekind/core';
import { checkinIdsAmong, checkinResource, checkinStageRow, checkinsTarget } from '../checkins/store.js';
import { itemsFor } from '../crud/store.js';
import type { DbKind } from '../db/client.js';
import type { UserScope } from '../db/scope.js';
import { STAGE_ROWS, startRun } from '../staging/runs.js';
import { trackerResource } from '../tracking/store.js';
import { type CsvRead, type CsvReadInput, readCheckinCsv } from './csv-read.js';

export interface RowError {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  column: string | null;
  field: string | null;
  message: string;
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

/** Reads the file: in this thread (tests), or in a worker (the route: `WorkerPool.readCsv`). */
export type CsvReader = (input: CsvReadInput) => Promise<CsvRead>;

/**
 * Reads, maps and validates every row; writes nothing. The dry run answers this; the real run inserts `ready`.
 * Her trackers and the items the check-in rules need are loaded here, the file is read by `read`, then the
 * database says which valid rows she has already.
 */
export async function planCheckinImport(
  body: CsvImportBody,
  scope: UserScope,
  now: Date,
  locale: Locale = 'en',
  read: CsvReader = async (input) => readCheckinCsv(input),
): Promise<CheckinImportPlan> {
  // What the check-in rules read, her trackers among them: loaded once, for the mapping too.
  const related = await itemsFor(checkinResource, scope);
  const existing = Object.fromEntries((checkinResource.check?.needs ?? []).map((d) => [d.key, related(d)]));
  const trackers = [...related(trackerResource)];
  const { candidates, legacyOf, preview, ...plan } = await read({
    body,
    trackers,
    existing,
    now: now.getTime(),
    locale,
  });
  const legacy = new Map(legacyOf);
  const seenIds = new Set<string>();
  for (let i = 0; i < candidates.length; i += 1000) {
    const ids = candidates.slice(i, i + 1000).map((c) => c.id);
    const idOfLegacy = new Map(
      ids.flatMap((id) => (legacy.has(id) ? [[legacy.get(id), id]] : [])) as [string, string][],
    );
    const found = await checkinIdsAmong(scope, [...ids, ...idOfLegacy.keys()]);
    for (const id of found) seenIds.add(idOfLegacy.get(id) ?? id);
  }
  const ready = candidates.filter((c) => !seenIds.has(c.id));
  return {
    ...plan,
    ready,
    alreadyPresent: candidates.length - ready.length,
    preview: preview.map(({ row, candidate, cells }) => {
      const found = candidate === undefined ? undefined : candidates[candidate];
      if (!found) return { row, status: 'error' as const, ...(cells ? { cells } : {}) };
      return {
        row,
        status: seenIds.has(found.id) ? ('present' as const) : ('new' as const),
        checkin: { id: found.id, ...found.input },
      };
    }),
  };
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
