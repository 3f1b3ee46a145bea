import { z } from 'zod';

// The dates' schemas apart from their helpers (dates.ts), so a browser screen that only does date maths
// does not load zod.

// A diary's dates lie in this span; outside it the database has no year 0 and date maths leaves the
// range JavaScript dates can hold, so such a value must never get past validation.
// (A value that is no date at all has its format reported already: one message is enough.)
const inSpan = (value: string) => {
  const year = /^(\d{4})-/.exec(value)?.[1];
  return year === undefined || (Number(year) >= 1900 && Number(year) <= 2999);
};

/** A calendar date, `YYYY-MM-DD`, that really exists (no 2026-02-30), in the years 1900–2999. */
export const localDateSchema = z.iso
  .date({ error: 'Use a date like 2026-03-14.' })
  .refine(inSpan, 'Use a date between the years 1900 and 2999.');
export type LocalDate = z.infer<typeof localDateSchema>;

/** An instant with its UTC offset, e.g. `2026-03-14T08:30:00+01:00`. */
export const instantSchema = z.iso
  .datetime({
    offset: true,
    error: 'Use an ISO-8601 date and time with an offset, like 2026-03-14T08:30:00+01:00.',
  })
  .refine(inSpan, 'Use a time between the years 1900 and 2999.');
