import { DomainError, type ErrorDetail } from '@spinekind/core';
import secureJson from 'secure-json-parse';
import { z } from 'zod';
import type { ItemsOf } from '../crud/store.js';
import { detailsFromIssues } from '../http/errors.js';
import { textProblem } from '../http/input.js';
import { byColumnName, STAGE_ROWS } from '../staging/runs.js';
import { type AnyResource, type BackupRow, parseBackupItems } from './items.js';
import { resources } from './registry.js';
import { backupSections, invalidBackup } from './sections.js';

export const BACKUP_FORMAT = 'spinekind-backup';
export const BACKUP_VERSION = 1;
export const MB = 2 ** 20;
/** The largest JSON backup restored: 15,000 check-ins over ten years export as ~9.4 MB, so ~3× that. */
export const MAX_BACKUP_BYTES = 32 * MB;

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, {
    error: `This is not a Spinekind backup (format must be "${BACKUP_FORMAT}").`,
  }),
  version: z.literal(BACKUP_VERSION, { error: `Only backup version ${BACKUP_VERSION} can be restored.` }),
  exportedAt: z.string().optional(),
  ...Object.fromEntries(backupSections.map((x) => [x.key, x.schema.optional()])),
  ...Object.fromEntries(resources.map((r) => [r.key, z.array(z.unknown()).optional()])),
});

/** What the parse needs from the database: her current items of every resource a check reads. */
export interface BackupParseInput {
  body: Uint8Array;
  existing: Record<string, unknown[]>;
  userId: string;
  now: number;
}

/** Rows for one table, ready to stage: the SQL columns they carry and JSON arrays of STAGE_ROWS records. */
export interface StagedTable {
  key: string;
  columns: string[];
  batches: string[];
  count: number;
}

export interface ParsedBackup {
  sections: Record<string, unknown>;
  tables: StagedTable[];
}

/** The resources whose items some check reads; the route loads these before the parse. */
export const checkedAgainst: readonly AnyResource[] = [
  ...new Set(resources.flatMap((r) => r.check?.needs ?? [])),
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Everything CPU-heavy about a restore, with no database: decode, parse (prototype keys refused), the
 * text rules of every route, the backup's schema, every item's rules and the checks against her other
 * records (hers overlaid by the backup's own), then the rows as staged JSON. Runs in a worker thread.
 */
export function parseBackup({ body, existing, userId, now }: BackupParseInput): ParsedBackup {
  let doc: unknown;
  try {
    doc = secureJson.parse(utf8.decode(body), undefined, {
      protoAction: 'error',
      constructorAction: 'error',
    });
  } catch (err) {
    if (err instanceof TypeError)
      throw new DomainError('invalid_utf8', 'The request body is not valid UTF-8 text.');
    throw new DomainError('validation_failed', 'The request body is not valid JSON.');
  }
  const bad = textProblem(doc);
  if (bad)
    throw new DomainError(
      bad.code,
      bad.code === 'invalid_text'
        ? 'Some text holds characters that cannot be stored.'
        : 'Some values are not valid.',
      [
        {
          path: bad.path,
          message:
            bad.code === 'invalid_text'
              ? 'Text may not contain NUL characters or unpaired surrogates.'
              : 'Nested too deeply.',
        },
      ],
    );
  const checked = backupSchema.safeParse(doc);
  if (!checked.success)
    throw new DomainError(
      'validation_failed',
      'Some values are not valid.',
      detailsFromIssues(checked.error.issues),
    );
  const backup = checked.data as Record<string, unknown>;
  const parsed = resources.map((def) => ({ def, ...parseBackupItems(def, backup[def.key] ?? []) }));
  const problems = parsed.flatMap((p) => p.problems);
  if (problems.length) invalidBackup(problems.slice(0, 100));
  // The last item with an id wins, as when the items were written one after the other.
  const rowsOf = new Map(
    parsed.map(({ def, rows }) => [def, [...new Map(rows.map((r) => [r.id, r])).values()]]),
  );
  const items = overlay(existing, rowsOf, userId);
  const clock = new Date(now);
  for (const [def, rows] of rowsOf) {
    const check = def.check;
    if (!check) continue;
    const issues = rows.flatMap((row) =>
      check
        .run(row.input, items, clock)
        .map((d: ErrorDetail) => ({ ...d, path: `${def.key}.${row.id}.${d.path}` })),
    );
    if (issues.length) invalidBackup(issues.slice(0, 100));
  }
  const tables: StagedTable[] = [];
  for (const [def, rows] of rowsOf)
    if (rows.length)
      tables.push(
        stagedTable(
          def.key,
          rows.map((r) => byColumnName(def.table, { ...r.values, id: r.id })),
        ),
      );
  const sections: Record<string, unknown> = {};
  for (const x of backupSections) {
    const value = backup[x.key];
    if (value === undefined) continue;
    if (x.stage) {
      const rows = x.stage.rows(value as never);
      if (rows.length) tables.push(stagedTable(x.key, rows));
    } else sections[x.key] = value;
  }
  return { sections, tables };
}

function stagedTable(key: string, records: Record<string, unknown>[]): StagedTable {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const batches: string[] = [];
  for (let i = 0; i < records.length; i += STAGE_ROWS)
    batches.push(JSON.stringify(records.slice(i, i + STAGE_ROWS)));
  return { key, columns, batches, count: records.length };
}

/** Her items of each checked resource after the restore: hers, with the backup's own written over them by id. */
function overlay(
  existing: Record<string, unknown[]>,
  rowsOf: Map<AnyResource, BackupRow[]>,
  userId: string,
): ItemsOf {
  const cache = new Map<AnyResource, unknown[]>();
  return ((def: AnyResource) => {
    let list = cache.get(def);
    if (!list) {
      const byId = new Map((existing[def.key] ?? []).map((item) => [(item as { id: string }).id, item]));
      for (const row of rowsOf.get(def) ?? [])
        byId.set(row.id, def.fromRow({ ...row.values, id: row.id, userId }));
      list = [...byId.values()];
      cache.set(def, list);
    }
    return list;
  }) as ItemsOf;
}
