/**
 * Field-level merge of two devices' changes to one record (issue #30, point 2).
 *
 * `base` holds the fields she changed as she saw them when she edited, `mine` the values she gave them,
 * `theirs` the record as the server holds it now (another device changed it meanwhile). A field she changed
 * that the other device left alone (theirs still equals her base), or changed to the same value, goes
 * through; a field both changed to different values is a conflict she settles. A field she changed whose
 * base is unknown (a change queued before bases were kept) merges only when theirs already equals hers.
 */
export type Fields = Readonly<Record<string, unknown>>;
export type MergeResult =
  | { merged: Record<string, unknown> }
  | { conflict: string[]; merged: Record<string, unknown> };

/** Deep equality of two JSON values; an absent field counts as `null` (the API's "not recorded"). */
export function sameValue(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y) && x.length !== y.length) return false;
  const xs = x as Record<string, unknown>;
  const ys = y as Record<string, unknown>;
  const keys = new Set([...Object.keys(xs), ...Object.keys(ys)]);
  return [...keys].every((k) => sameValue(xs[k], ys[k]));
}

/**
 * `{ merged }`: the fields to send on top of theirs (only those where hers differs from theirs; empty when
 * theirs already holds all of hers). `{ conflict }`: the fields both devices changed to different values;
 * its `merged` is the rest of hers, which goes through whatever she chooses for the conflicting ones (a field
 * only she changed never reverts).
 */
export function merge(base: Fields, mine: Fields, theirs: Fields): MergeResult {
  const merged: Record<string, unknown> = {};
  const conflict: string[] = [];
  for (const [field, value] of Object.entries(mine)) {
    if (sameValue(theirs[field], value)) continue;
    const untouchedThere = field in base && sameValue(theirs[field], base[field]);
    if (untouchedThere) merged[field] = value;
    else conflict.push(field);
  }
  return conflict.length ? { conflict, merged } : { merged };
}

/** The values of `fields` in `record` (absent ones as `null`): what a change is based on. */
export const pick = (record: Fields, fields: Iterable<string>): Record<string, unknown> =>
  Object.fromEntries([...fields].map((f) => [f, record[f] ?? null]));
