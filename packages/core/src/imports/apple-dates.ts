/**
 * Dates as Apple Health writes them in `export.xml`: `2024-01-15 08:30:00 +0100` (wall-clock time and
 * the UTC offset where the export was made). Parsed by hand: a year of data holds millions of them.
 */
export interface AppleDate {
  /**
   * The local calendar date as written, as a day number (days since 1970-01-01; `dateOfDay` makes it
   * `YYYY-MM-DD`). A number, not a string cut from the file: such a string can keep the whole chunk of
   * the file it came from alive, and a year of days would then hold hundreds of megabytes.
   */
  day: number;
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
  return { day: Math.floor(wallMs / DAY), epochMs: wallMs - offsetMin * 60_000, wallMs };
}

const DAY = 86_400_000;

/** The day number of a wall-clock time in epoch milliseconds (see `AppleDate.wallMs`). */
export function dayOfWallMs(wallMs: number): number {
  return Math.floor(wallMs / DAY);
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
