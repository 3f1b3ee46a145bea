import { type Locale, type Translate, translator } from '@spinekind/core';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

export const reportMessages = { en, de, es };

/**
 * The language tag each locale formats dates and numbers with. British English for English: the day
 * before the month ("4 Mar 2026"), unambiguous on both sides of the Atlantic.
 */
const formatTags: Record<Locale, string> = { en: 'en-GB', de: 'de-DE', es: 'es-ES' };

/** Her report's words: the messages, and dates and numbers written the way her language writes them. */
export interface ReportWords {
  locale: Locale;
  t: Translate;
  /** `2026-03-04` → `4 Mar 2026`, `4. März 2026`, `4 mar 2026`. */
  date(day: string): string;
  /** The day and month only (`4 Mar`), for axis labels. */
  shortDate(day: string): string;
  /** `Mar 2026`: a two-digit year ("Mar 26") would read as a day of the month. */
  monthLabel(day: string): string;
  /** One day, or a range written once (`3–5 Mar 2026`, `28 Dec 2025 – 2 Jan 2026`). */
  dateRange(first: string, last: string): string;
  /** One decimal (or `decimals`) in her language's way (`4.5`, `4,5`); `–` for nothing. */
  num(x: number | null | undefined, decimals?: number): string;
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
/** Intl puts thin and narrow no-break spaces around range dashes; the report's font writes plain spaces. */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

const cache = new Map<Locale, ReportWords>();

/** The report's words in one language (made once per language). */
export function reportWords(locale: Locale): ReportWords {
  const known = cache.get(locale);
  if (known) return known;
  const tag = formatTags[locale];
  const full = new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numbers = [0, 1, 2].map(
    (d) => new Intl.NumberFormat(tag, { minimumFractionDigits: d, maximumFractionDigits: d }),
  );
  const words: ReportWords = {
    locale,
    t: translator(reportMessages, locale),
    date: (day) => plainSpaces(full.format(utc(day))),
    shortDate: (day) => plainSpaces(short.format(utc(day))),
    monthLabel: (day) => plainSpaces(month.format(utc(day))),
    dateRange: (first, last) =>
      first === last
        ? plainSpaces(full.format(utc(first)))
        : plainSpaces(full.formatRange(utc(first), utc(last))),
    num: (x, decimals = 1) =>
      x == null
        ? '–'
        : (numbers[decimals] ?? new Intl.NumberFormat(tag, { maximumFractionDigits: decimals })).format(x),
  };
  cache.set(locale, words);
  return words;
}
