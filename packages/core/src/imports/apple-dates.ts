/**
 * Dates as Apple Health writes them in `export.xml`: `2024-01-15 08:30:00 +0100` (wall-clock time and
 * the UTC offset where the export was made). Parsed by hand: a year of data holds millions of them.
 */
export interface AppleDate {
  /** The local calendar date as written, `YYYY-MM-DD`. */
  localDate: string;
  /** The instant, in epoch milliseconds. */
  epochMs: number;
  /** The wall-clock time as if it were UTC, in epoch milliseconds (for local-day arithmetic). */
  wallMs: number;
}

const pattern =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)? ?(?:([+-])(\d{2}):?(\d{2})|Z)$/;

/** Parses an Apple Health date; `undefined` when it is not one (the record is then skipped). */
export function parseAppleDate(text: string | undefined): AppleDate | undefined {
  if (text === undefined) return undefined;
  const m = pattern.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, sign, oh, om] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
    return undefined;
  const wallMs = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s));
  // Date.UTC rolls 2024-02-30 over into March: such a date does not exist.
  if (new Date(wallMs).getUTCDate() !== day) return undefined;
  const offsetMin = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  return { localDate: `${y}-${mo}-${d}`, epochMs: wallMs - offsetMin * 60_000, wallMs };
}

/** The calendar date of a wall-clock time in epoch milliseconds (see `AppleDate.wallMs`). */
export function dateOfWallMs(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}
