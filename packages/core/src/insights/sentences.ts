import type { Locale } from '../i18n/locales.js';
import type { Translate } from '../i18n/messages.js';
import { decimal, insightsT } from './i18n/index.js';
import { type DriverWords, timing, yesDays } from './labels.js';

/**
 * Plain sentences for insights, in her language (`i18n/`). Every pattern carries its size, 95% range and
 * days, and none uses causal words: the data can show that two things went together, never that one
 * brought about the other.
 */

/** The caution said with every pattern, in English (`notProofIn` for her language). */
export const NOT_PROOF = 'This is a pattern in your data, not proof of cause.';

/** The "pattern, not proof" caution in her language. */
export const notProofIn = (locale: Locale): string => insightsT(locale)('notProof');

/** One decimal, or two below 0.1 so small per-unit effects don't read as zero; "0,5" in German and Spanish. */
export function formatNumber(x: number, locale: Locale = 'en'): string {
  const a = Math.abs(x);
  return decimal(a >= 0.1 || a === 0 ? a.toFixed(1) : a.toFixed(2), locale);
}

/** "0.3 to 1.3" when the range sits on one side of zero, else "0.3 lower to 0.5 higher" (trend: down/up). */
export function formatRange(low: number, high: number, locale: Locale = 'en', trend = false): string {
  const t = insightsT(locale);
  if (low >= 0 || high <= 0) {
    const [a, b] = [Math.abs(low), Math.abs(high)].sort((m, n) => m - n) as [number, number];
    return t('rangeSameSide', { low: formatNumber(a, locale), high: formatNumber(b, locale) });
  }
  const across = { low: formatNumber(low, locale), high: formatNumber(high, locale) };
  return t(trend ? 'rangeAcrossTrend' : 'rangeAcross', across);
}

/** "0.8 points higher" / "0.8 points lower". */
export const pointsSize = (x: number, locale: Locale): string =>
  insightsT(locale)(x >= 0 ? 'pointsHigher' : 'pointsLower', { value: formatNumber(x, locale) });

export interface SentenceInput {
  words: DriverWords;
  kind: 'numeric' | 'boolean';
  lag: 0 | 1;
  status: 'likely' | 'possible' | 'none' | 'insufficient_data';
  effect: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  missing?: string;
  /** Her language; the words must be in it too (`driverWords(id, names, locale)`). */
  locale?: Locale;
}

function lead(s: SentenceInput, t: Translate): string {
  if (s.kind === 'boolean') return yesDays(s.words, s.lag, t);
  return t('leadNumeric', { step: s.words.step, timing: timing(s.words, s.lag, t) });
}

/** The sentence for one driver at one lag. */
export function driverSentence(s: SentenceInput): string {
  const locale = s.locale ?? 'en';
  const t = insightsT(locale);
  if (s.status === 'insufficient_data' || s.effect === null || s.ciLow === null || s.ciHigh === null) {
    const missing = s.missing ?? t('keepLogging');
    return t('driverNotEnough', { name: s.words.name, timing: timing(s.words, s.lag, t), missing });
  }
  const parts = {
    lead: lead(s, t),
    size: pointsSize(s.effect, locale),
    range: t('driverRange', {
      range: formatRange(s.ciLow, s.ciHigh, locale),
      days: t('days', { count: s.n }),
    }),
    notProof: t('notProof'),
  };
  if (s.status === 'none') return t('driverNone', parts);
  return t(s.status === 'possible' ? 'driverPossible' : 'driverLikely', parts);
}

/** The sentence for the pain trend; `perMonth` is points per 30 days. */
export function trendSentence(
  tr: {
    status: 'rising' | 'falling' | 'no_clear_trend' | 'insufficient_data';
    perMonth: number | null;
    ciLow: number | null;
    ciHigh: number | null;
    days: number;
    missing?: string;
  },
  locale: Locale = 'en',
): string {
  const t = insightsT(locale);
  if (tr.status === 'insufficient_data' || tr.perMonth === null || tr.ciLow === null || tr.ciHigh === null)
    return t('trendNotEnough', { missing: tr.missing ?? t('keepLogging') });
  const logged = t('daysLogged', { count: tr.days });
  // With whole-number pain many pairwise slopes are exactly 0, and Sen's range can shrink to 0 to 0.
  const range =
    tr.ciLow === tr.ciHigh
      ? logged
      : t('trendRange', { range: formatRange(tr.ciLow, tr.ciHigh, locale, true), logged });
  const size = t('pointsAMonth', { value: formatNumber(tr.perMonth, locale) });
  if (tr.status === 'no_clear_trend') {
    const key = !tr.perMonth ? 'trendNone' : tr.perMonth > 0 ? 'trendNoneUp' : 'trendNoneDown';
    return t(key, { size, range });
  }
  return t(tr.status === 'rising' ? 'trendRising' : 'trendFalling', { size, range });
}

/** Said with every before/after comparison (English; `treatmentWarningIn` for her language). */
export const TREATMENT_WARNING =
  'Other things may have changed around the same time (season, sleep, stress, your cycle, other ' +
  'treatments), so a before/after difference cannot show what the treatment itself did.';

/** The before/after caution in her language. */
export const treatmentWarningIn = (locale: Locale): string => insightsT(locale)('treatmentWarning');

/** The sentence for a treatment's before/after comparison. */
export function treatmentSentence(
  tr: {
    name: string;
    level: { effect: number; ciLow: number; ciHigh: number } | null;
    nBefore: number;
    nAfter: number;
    missing?: string;
  },
  locale: Locale = 'en',
): string {
  const t = insightsT(locale);
  if (!tr.level) return t('treatmentNotEnough', { name: tr.name, missing: tr.missing });
  const { effect, ciLow, ciHigh } = tr.level;
  return t('treatmentSentence', {
    name: tr.name,
    size: pointsSize(effect, locale),
    range: formatRange(ciLow, ciHigh, locale),
    before: t('days', { count: tr.nBefore }),
    after: t('days', { count: tr.nAfter }),
  });
}
