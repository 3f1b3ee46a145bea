import { zoneOffsetMs } from '../breaks/zoned-time.js';

const MINUTE = 60_000;
const STEP = 6 * 60 * MINUTE;

/** The instants in `[fromMs, toMs]` where the zone's UTC offset changes, to the minute. */
export function offsetChanges(timeZone: string, fromMs: number, toMs: number): number[] {
  const changes: number[] = [];
  let t = fromMs;
  let offset = zoneOffsetMs(t, timeZone);
  while (t < toMs) {
    const next = Math.min(t + STEP, toMs);
    const nextOffset = zoneOffsetMs(next, timeZone);
    if (nextOffset !== offset) {
      // In whole minutes: the offset at `lo` is the old one and at `hi` the new one; halve the gap.
      let lo = Math.floor(t / MINUTE);
      let hi = Math.ceil(next / MINUTE);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zoneOffsetMs(mid * MINUTE, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      changes.push(hi * MINUTE);
      offset = nextOffset;
    }
    t = next;
  }
  return changes;
}

const formatOffset = (ms: number) => {
  const minutes = Math.round(ms / MINUTE);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};
/** An instant as local `YYYYMMDDTHHMMSS` with the given offset. */
const localStamp = (ms: number, offset: number) =>
  new Date(ms + offset).toISOString().slice(0, 19).replace(/[-:]/g, '');

/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for `timeZone` covering `[fromMs, toMs]`: one observance
 * for the offset at the start, then one per change, each with its exact local onset. Written from
 * the runtime's own zone data, so it agrees with how the app places events.
 */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): string {
  const changes = offsetChanges(timeZone, fromMs, toMs);
  const first = zoneOffsetMs(fromMs, timeZone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: number, from: number, to: number) =>
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(at, from)}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `END:${kind}`,
    );
  const firstChange = changes[0];
  // Before a change to a larger offset the zone is on standard time, before one to a smaller on daylight time.
  const startsOnDaylight = firstChange !== undefined && zoneOffsetMs(firstChange, timeZone) < first;
  observance(startsOnDaylight ? 'DAYLIGHT' : 'STANDARD', fromMs, first, first);
  let previous = first;
  for (const at of changes) {
    const offset = zoneOffsetMs(at, timeZone);
    observance(offset > previous ? 'DAYLIGHT' : 'STANDARD', at, previous, offset);
    previous = offset;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
