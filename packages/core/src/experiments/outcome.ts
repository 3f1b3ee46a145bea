import type { Checkin } from '../checkins/schema.js';
import { type ExperimentAnalysis, MEANINGFUL_CHANGE } from './analysis.js';
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

/** What the outcome is called in a sentence ("your pain"). */
export function outcomeWords(outcome: ExperimentOutcome, trackerName?: string): string {
  if (outcome === 'pain') return 'your pain';
  if (outcome === 'painWorst') return 'your worst pain';
  if (outcome === 'sleepQuality') return 'your sleep quality';
  return trackerName ? `“${trackerName}”` : 'your tracker';
}

const points = (x: number) => `${Math.abs(x).toFixed(1)} point${Math.abs(x).toFixed(1) === '1.0' ? '' : 's'}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const percent = (p: number) => `${Math.round(p * 100)}%`;

/** The result in one or two plain sentences: the verdict, the size with its range, and the chance of a real benefit. */
export function resultSentence(a: ExperimentAnalysis, words: string, interim: boolean): string {
  const soFar = interim ? 'So far, ' : '';
  if (a.effect === null || a.ciLow === null || a.ciHigh === null || a.probabilityBenefit === null)
    return `${soFar}there are not enough days with both a check-in and your plan followed to compare the two yet.`;
  const direction = a.effect < 0 ? 'lower' : 'higher';
  const size =
    capitalise(`${soFar}${words}`) +
    ` was ${points(a.effect)} ${direction} on “try it” days than on “as usual” days`;
  const range = ` (95% range: ${a.ciLow.toFixed(1)} to ${a.ciHigh.toFixed(1)}).`;
  const benefit = ` The chance of a real benefit (at least ${MEANINGFUL_CHANGE} point better) is ${percent(a.probabilityBenefit)}.`;
  const lead = {
    'likely helps': 'It likely helps. ',
    'likely worse': 'It is likely worse for you. ',
    'no clear difference': 'No clear difference: a real answer too. ',
    'not enough data': 'Not enough data yet to say. ',
  }[a.verdict];
  return `${lead}${size}${range}${benefit}`;
}
