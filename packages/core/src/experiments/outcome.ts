import type { Checkin } from '../checkins/schema.js';
import type { Locale } from '../i18n/locales.js';
import { type ExperimentAnalysis, MEANINGFUL_CHANGE } from './analysis.js';
import { experimentT } from './i18n/index.js';
import type { ExperimentOutcome } from './schema.js';

/** The day's value of the outcome in one check-in, if it holds one. */
function dayValue(c: Checkin, outcome: ExperimentOutcome): number | undefined {
  if (outcome === 'pain') return c.pain;
  // A day's worst pain counts both fields, as the insights do.
  if (outcome === 'painWorst') return Math.max(c.pain, c.painWorst ?? 0);
  if (outcome === 'sleepQuality') return c.sleepQuality ?? undefined;
  const value = c.custom?.[outcome.slice('tracker:'.length)];
  return value === undefined ? undefined : Number(value);
}

/** The outcome by local date: the mean of the day's check-ins (worst pain: the day's highest). */
export function dailyOutcome(checkins: readonly Checkin[], outcome: ExperimentOutcome): Map<string, number> {
  const byDay = new Map<string, number[]>();
  for (const c of checkins) {
    const value = dayValue(c, outcome);
    if (value === undefined) continue;
    byDay.set(c.localDate, [...(byDay.get(c.localDate) ?? []), value]);
  }
  const combine = (values: number[]) =>
    outcome === 'painWorst' ? Math.max(...values) : values.reduce((a, b) => a + b, 0) / values.length;
  return new Map([...byDay].map(([date, values]) => [date, combine(values)]));
}

/** Sleep quality is better when higher; pain, worst pain and her trackers are read as lower is better. */
export const lowerIsBetter = (outcome: ExperimentOutcome): boolean => outcome !== 'sleepQuality';

/** What the outcome is called in a sentence ("your pain"), in her language. */
export function outcomeWords(
  outcome: ExperimentOutcome,
  trackerName?: string,
  locale: Locale = 'en',
): string {
  const t = experimentT(locale);
  if (outcome === 'pain') return t('outcomePain');
  if (outcome === 'painWorst') return t('outcomePainWorst');
  if (outcome === 'sleepQuality') return t('outcomeSleepQuality');
  return trackerName ? t('outcomeTracker', { name: trackerName }) : t('outcomeYourTracker');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const decimal = (x: number, locale: Locale) =>
  locale === 'en' ? x.toFixed(1) : x.toFixed(1).replace('.', ',');

const verdictKey = {
  'likely helps': 'verdictLikelyHelps',
  'likely worse': 'verdictLikelyWorse',
  'no clear difference': 'verdictNoClearDifference',
  'not enough data': 'verdictNotEnoughData',
} as const;

/**
 * The result in one or two plain sentences in her language: the verdict, the size with its range, and the
 * chance of a real benefit. `words` name the outcome in the same language (`outcomeWords`).
 */
export function resultSentence(
  a: ExperimentAnalysis,
  words: string,
  interim: boolean,
  locale: Locale = 'en',
): string {
  const t = experimentT(locale);
  if (a.effect === null || a.ciLow === null || a.ciHigh === null || a.probabilityBenefit === null)
    return capitalise(t(interim ? 'notEnoughSoFar' : 'notEnough'));
  const size = Math.abs(a.effect);
  const points = t('points', { count: Number(size.toFixed(1)), value: decimal(size, locale) });
  const key = a.effect < 0 ? 'sizeLower' : 'sizeHigher';
  return t('result', {
    verdict: t(verdictKey[a.verdict]),
    size: capitalise(t(interim ? `${key}SoFar` : key, { words, points })),
    low: decimal(a.ciLow, locale),
    high: decimal(a.ciHigh, locale),
    min: MEANINGFUL_CHANGE,
    percent: Math.round(a.probabilityBenefit * 100),
  });
}
