import { type ErrorDetail, instantSchema } from '@spinekind/core';
import { type ResourceDef, resourceStore } from '../crud/store.js';
import type { UserScope } from '../db/scope.js';
import { detailsFromIssues } from '../http/errors.js';

// biome-ignore lint/suspicious/noExplicitAny: a registry of resources of different item types.
export type AnyResource = ResourceDef<any, any, any>;

const stamp = instantSchema.nullable();
type Row = Record<string, unknown>;
/** One restorable item: its id, its validated input, and the column values to write. */
export interface BackupRow {
  id: string;
  input: Row;
  values: Row;
}

/** Every item of one resource, as the API answers it. */
export async function exportResource(def: AnyResource, scope: UserScope): Promise<unknown[]> {
  return resourceStore(def, scope).list();
}

/**
 * Validates backup items of one resource: input rules apply, plus the stored stamps
 * (`createdAt`, `updatedAt`, `archivedAt`), so a restore reproduces the export exactly.
 */
export function parseBackupItems(
  def: AnyResource,
  items: unknown,
): { rows: BackupRow[]; problems: ErrorDetail[] } {
  const problems: ErrorDetail[] = [];
  const rows: BackupRow[] = [];
  if (!Array.isArray(items)) return { rows, problems: [{ path: def.key, message: 'Expected a list.' }] };
  items.forEach((item, i) => {
    const where = [def.key, String(i)];
    if (typeof item !== 'object' || item === null) {
      problems.push({ path: where.join('.'), message: 'Expected an object.' });
      return;
    }
    // `version` is the server's count of changes: a restore does not take it from the file (a new record
    // starts at 1, one it overwrites counts one change more), so old and new backups restore alike.
    const { createdAt, updatedAt, archivedAt, version: _version, ...rest } = item as Row;
    for (const f of def.derivedFields ?? []) delete rest[f];
    const kept: Row = {};
    for (const [f, schema] of Object.entries(def.keptFields ?? {})) {
      const value = schema.safeParse(rest[f] ?? null);
      if (value.success) kept[f] = value.data;
      else problems.push(...detailsFromIssues(value.error.issues, [...where, f]));
      delete rest[f];
    }
    const parsed = def.input.safeParse(rest);
    const stamps = { createdAt: stamp.safeParse(createdAt), updatedAt: stamp.safeParse(updatedAt) };
    if (!parsed.success) problems.push(...detailsFromIssues(parsed.error.issues, where));
    for (const [k, r] of Object.entries(stamps)) {
      if (!r.success || r.data === null)
        problems.push({ path: [...where, k].join('.'), message: 'Expected an ISO instant.' });
    }
    const archived = def.removal === 'archive' ? stamp.safeParse(archivedAt ?? null) : undefined;
    if (archived && !archived.success)
      problems.push({
        path: [...where, 'archivedAt'].join('.'),
        message: 'Expected an ISO instant or null.',
      });
    if (!parsed.success || problems.length) return;
    const { id, ...input } = parsed.data as Row & { id?: string };
    if (!id) {
      problems.push({ path: [...where, 'id'].join('.'), message: 'Every backed-up item needs its id.' });
      return;
    }
    const values: Row = {
      ...def.toValues(input),
      ...kept,
      createdAt: new Date(createdAt as string),
      updatedAt: new Date(updatedAt as string),
    };
    if (archived?.success) values.archivedAt = archived.data ? new Date(archived.data) : null;
    rows.push({ id, input, values });
  });
  return { rows, problems };
}
