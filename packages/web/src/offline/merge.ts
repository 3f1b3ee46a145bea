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
    if (BY_ENTRY.has(field) && field in base) {
      const entries = mergeEntries(asMap(base[field]), asMap(value), asMap(theirs[field]));
      if (entries.changed) merged[field] = entries.value;
      if (entries.conflict) conflict.push(field);
      continue;
    }
    const untouchedThere = field in base && sameValue(theirs[field], base[field]);
    if (untouchedThere) merged[field] = value;
    else conflict.push(field);
  }
  return conflict.length ? { conflict, merged } : { merged };
}

/**
 * Fields holding a map of independent entries (`custom`: her own trackers, by tracker id): merged entry by
 * entry, so a tracker filled in on one device and another tracker on the other both stay. A conflict is an
 * entry both changed to different values; the field is named for it.
 */
const BY_ENTRY = new Set(['custom']);
type EntryMap = Readonly<Record<string, unknown>>;
const asMap = (v: unknown): EntryMap => (v !== null && typeof v === 'object' ? (v as EntryMap) : {});

function mergeEntries(base: EntryMap, mine: EntryMap, theirs: EntryMap) {
  const changedByHer = [...new Set([...Object.keys(base), ...Object.keys(mine)])].filter(
    (k) => !sameValue(base[k], mine[k]),
  );
  const result = merge(pick(base, changedByHer), pick(mine, changedByHer), theirs);
  const value: Record<string, unknown> = { ...theirs };
  for (const [k, v] of Object.entries(result.merged)) {
    if (v === null) delete value[k];
    else value[k] = v;
  }
  const changed = Object.keys(result.merged).length > 0;
  return { value: Object.keys(value).length ? value : null, changed, conflict: 'conflict' in result };
}

/**
 * A screening's follow-up facts changed on two devices: each field has one right answer, so nothing is put
 * to her. She acknowledged the advice and booked when she first did so on either device (the earlier
 * time); a reminder to book asked for on either device stays on; her follow-up answer is the latest one
 * ("not yet" yesterday, "checked" today). Answers the fields to send on top of theirs.
 */
export function mergeScreening(mine: Fields, theirs: Fields): { merged: Record<string, unknown> } {
  const merged: Record<string, unknown> = {};
  for (const field of ['acknowledgedAt', 'bookedAt'] as const) {
    if (!(field in mine)) continue;
    const first = earlier(mine[field], theirs[field]);
    if (!sameValue(first, theirs[field])) merged[field] = first;
  }
  if (mine.bookingReminder === true && theirs.bookingReminder !== true) merged.bookingReminder = true;
  const [hersAt, theirsAt] = [mine.followUpAt, theirs.followUpAt];
  const hersIsLater =
    typeof hersAt === 'string' && (typeof theirsAt !== 'string' || Date.parse(hersAt) > Date.parse(theirsAt));
  if (hersIsLater) {
    merged.followUp = mine.followUp ?? null;
    merged.followUpAt = hersAt;
  }
  return { merged };
}

/** The earlier of two instants (ISO strings with offsets); a missing one gives way to the other. */
function earlier(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b ?? null;
  if (typeof b !== 'string') return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** The values of `fields` in `record` (absent ones as `null`): what a change is based on. */
export const pick = (record: Fields, fields: Iterable<string>): Record<string, unknown> =>
  Object.fromEntries([...fields].map((f) => [f, record[f] ?? null]));
