/** A time span `[start, end)` in epoch milliseconds. */
export type Interval = [start: number, end: number];

/**
 * Adds a span to a sorted list of disjoint spans, merging overlaps, so a night logged by both a watch
 * and a phone counts once. Records mostly arrive in time order, so the common case is an append.
 */
export function addInterval(list: Interval[], start: number, end: number): void {
  const last = list[list.length - 1];
  if (!last || start > last[1]) {
    list.push([start, end]);
    return;
  }
  let lo = start;
  let hi = end;
  const kept: Interval[] = [];
  let at = 0;
  for (const iv of list) {
    if (iv[1] < lo) {
      kept.push(iv);
      at = kept.length;
    } else if (iv[0] > hi) kept.push(iv);
    else {
      lo = Math.min(lo, iv[0]);
      hi = Math.max(hi, iv[1]);
    }
  }
  kept.splice(at, 0, [lo, hi]);
  list.splice(0, list.length, ...kept);
}

/** Total length of disjoint spans. */
export function totalMs(list: readonly Interval[]): number {
  let sum = 0;
  for (const [s, e] of list) sum += e - s;
  return sum;
}
