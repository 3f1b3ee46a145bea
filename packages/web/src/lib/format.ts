import i18next from 'i18next';

/**
 * Every date, time and number the app writes for her goes through here, in the language on screen:
 * British English like the app's copy ("4 Aug 2026", "Mon 30 Nov", "09:25"), German ("4. Aug. 2026"),
 * Spanish ("4 ago 2026"). Her browser's region of that language wins (de-AT, es-MX), so she reads
 * her own country's formats.
 */
const defaults: Record<string, string> = { en: 'en-GB', de: 'de-DE', es: 'es-ES' };
export function localeOf(language: string | undefined): string {
  const base = (language ?? 'en').split('-')[0] ?? 'en';
  const browser = typeof navigator === 'undefined' ? undefined : navigator.language;
  if (browser?.toLowerCase().startsWith(`${base}-`) && base !== 'en') return browser;
  return defaults[base] ?? 'en-GB';
}

/**
 * A name as it reads inside a sentence: "Lower back" → "lower back" in English and Spanish; German
 * keeps its capitals (nouns are capitalised: "unterer Rücken").
 */
export function inSentence(name: string): string {
  return i18next.language === 'de'
    ? name
    : name.charAt(0).toLocaleLowerCase(localeOf(i18next.language)) + name.slice(1);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number with a fixed count of decimals in her language's style: "4.5" in English, "4,5" in German. */
export function formatNumber(value: number, digits = 1): string {
  const locale = localeOf(i18next.language);
  const key = `${locale}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = localeOf(i18next.language);
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

const dayStyles = {
  /** "4 Aug 2026" */
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  /** "4 Aug" */
  dayMonth: { day: 'numeric', month: 'short' },
  /** "Mon 30 Nov" */
  weekday: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "Mon 30 Nov 2026" */
  weekdayDate: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** "Monday 30 November 2026" */
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "Oct 2026" */
  month: { month: 'short', year: 'numeric' },
  /** "Mon" */
  weekdayOnly: { weekday: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DayStyle = keyof typeof dayStyles;

/** A calendar day (`YYYY-MM-DD`), written on the calendar itself: no time zone can move it. */
export function formatDay(day: string, style: DayStyle = 'date'): string {
  const at = Date.parse(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(at)) return day;
  return formatter({ ...dayStyles[style], timeZone: 'UTC' }).format(at);
}

/** "4 – 9 Aug 2026" style ranges for two calendar days, the year said once when both share it. */
export function formatDayRange(from: string, to: string): string {
  if (from === to) return formatDay(from);
  const a = Date.parse(`${from}T12:00:00Z`);
  const b = Date.parse(`${to}T12:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return `${from} – ${to}`;
  return formatter({ ...dayStyles.date, timeZone: 'UTC' }).formatRange(a, b);
}

/** A moment's clock time on this device, 24-hour: "09:25". */
export function formatTime(instant: string | number | Date): string {
  return formatter({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** A moment on this device's calendar (and clock, unless `time` is false): "4 Aug 2026, 09:25". */
export function formatMoment(instant: string | number | Date, { time = true } = {}): string {
  const clock = time ? ({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const) : {};
  return formatter({ ...dayStyles.date, ...clock }).format(new Date(instant));
}

/**
 * The browser's first `Intl.DateTimeFormat` loads its calendar, locale and time-zone data: 100–150 ms in the
 * app on a slow phone (Chromium at 4× slowdown), then well under a millisecond for each one after it; the
 * first `Intl.NumberFormat` adds a few ms. A screen whose first render writes many dates (History's day
 * headings, Insights' cards) calls this when it mounts: both are paid in tasks of their own while her data
 * are on their way, not inside that render, where they made its long task longer. Today writes no date
 * in its first screen, so the layout does not call it for every screen (it warms only the time zone, for
 * browsers without Temporal: lib/time-zone.ts).
 */
export function warmFormats(): void {
  setTimeout(() => formatDay('2026-01-05', 'weekday'), 0);
  setTimeout(() => formatNumber(1), 0);
}
