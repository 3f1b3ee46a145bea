import type { Locale } from '../i18n/locales.js';
import type { Translate } from '../i18n/messages.js';
import { daysBetween } from './days.js';
import { type Cycle, cyclesOf, type Episode } from './episodes.js';
import { cycleT } from './i18n/index.js';
import { lastCyclesSentence } from './words.js';

export const stages = [
  'reproductive',
  'early_transition',
  'late_transition',
  'postmenopause',
  'unknown',
] as const;
export type Stage = (typeof stages)[number];

export interface StageEstimate {
  stage: Stage;
  /** The plain-language reason, always saying it is an estimate and not a diagnosis. */
  basis: string;
  /** The dates the estimate rests on (period starts or ends), oldest first. */
  evidence: string[];
  isEstimate: true;
  /** Days without bleeding from the end of the last logged period to `asOf`; null with no periods. */
  daysSinceLastPeriod: number | null;
}
/** Profile answers that make bleeding patterns uninformative; all optional. */
export interface StageProfile {
  hormonalContraception?: boolean | null;
  hrt?: boolean | null;
  uterusRemoved?: boolean | null;
  ovariesRemoved?: boolean | null;
}

/** STRAW+10 (Harlow et al. 2012): 12 months without bleeding after the final period; we count 365 days. */
export const POSTMENOPAUSE_DAYS = 365;
/** STRAW+10: an interval of amenorrhoea of 60 days or more marks the late transition. */
export const AMENORRHOEA_DAYS = 60;
/** STRAW+10: a difference of 7 days or more in the length of consecutive cycles. */
export const VARIATION_DAYS = 7;
/** STRAW+10: the difference is persistent when it recurs within 10 cycles. */
export const PERSISTENCE_CYCLES = 10;
/** Complete cycles (4 period starts) needed before we call cycles regular. */
export const MIN_CYCLES = 3;
/**
 * Only recent cycles count: in Tremin menstrual calendars most women met the early-transition criterion in
 * their 20s and 30s too ("Analysis of the STRAW operational definition of the early menopausal transition").
 */
export const RECENT_CYCLES = 20;

/**
 * STRAW+10 persistent variation: a ≥7-day change between consecutive cycle lengths that recurs within 10
 * cycles. One odd cycle makes two adjacent changes (out and back); we count that pair as one event, so a
 * single long or short cycle is not a transition. Returns the dates of the first event and its recurrence.
 */
function persistentVariation(cycles: Cycle[]): string[] | undefined {
  const complete = cycles.filter((c) => c.lengthDays !== null).slice(-RECENT_CYCLES);
  const lengthAt = (i: number) => complete[i]?.lengthDays ?? 0;
  const events: number[] = [];
  for (let i = 1; i < complete.length; i++) {
    const change = lengthAt(i) - lengthAt(i - 1);
    if (Math.abs(change) < VARIATION_DAYS) continue;
    // Straight after an event and in the other direction: the odd cycle returning, not a new change.
    const backAgain =
      events.at(-1) === i - 1 && Math.sign(change) !== Math.sign(lengthAt(i - 1) - lengthAt(i - 2));
    if (!backAgain) events.push(i);
  }
  for (let k = 1; k < events.length; k++) {
    const first = events[k - 1] as number;
    const again = events[k] as number;
    if (again - first <= PERSISTENCE_CYCLES)
      return [complete[first - 1], complete[first], complete[again]].map((c) => c?.start as string);
  }
  return undefined;
}

/** A bleeding-free interval of 60+ days between two periods that ended within the last 12 months. */
function recentLongGap(episodes: Episode[], asOf: string): Episode | undefined {
  for (let i = episodes.length - 1; i > 0; i--) {
    const before = episodes[i - 1] as Episode;
    const after = episodes[i] as Episode;
    if (daysBetween(after.start, asOf) >= POSTMENOPAUSE_DAYS) return undefined;
    if (daysBetween(before.end, after.start) - 1 >= AMENORRHOEA_DAYS)
      return { start: before.end, end: after.start };
  }
  return undefined;
}

/** Profile answers that rule out a stage from bleeding, in the order the reason is told (`excluded.<key>`). */
const exclusions = ['hormonalContraception', 'hrt', 'uterusRemoved', 'ovariesRemoved'] as const;

interface Finding {
  stage: Exclude<Stage, 'unknown'>;
  basis: string;
  evidence: string[];
}

/** What the log shows, from the most telling sign to the least; undefined when there is too little data. */
function stageFromLog(
  episodes: Episode[],
  last: Episode,
  since: number,
  asOf: string,
  locale: Locale,
): Finding | undefined {
  const t = cycleT(locale);
  const sinceLast = { days: since, date: last.end };
  if (since >= POSTMENOPAUSE_DAYS)
    return { stage: 'postmenopause', basis: t('since12Months', sinceLast), evidence: [last.end] };
  if (since >= AMENORRHOEA_DAYS)
    return { stage: 'late_transition', basis: t('since60Days', sinceLast), evidence: [last.end] };
  const gap = recentLongGap(episodes, asOf);
  if (gap) {
    const days = daysBetween(gap.start, gap.end) - 1;
    const basis = t('longGap', { days });
    return { stage: 'late_transition', basis, evidence: [gap.start, gap.end] };
  }
  const cycles = cyclesOf(episodes);
  const varied = persistentVariation(cycles);
  if (varied) {
    return { stage: 'early_transition', basis: t('varied'), evidence: varied };
  }
  const complete = cycles.filter((c) => c.lengthDays !== null).slice(-RECENT_CYCLES);
  if (complete.length < MIN_CYCLES) return undefined;
  return {
    stage: 'reproductive',
    basis: steadyBasis(complete, locale),
    evidence: [...complete.map((c) => c.start), last.start],
  };
}

/** Says what the lengths were, and whether one cycle stood out (a change the criteria do not count alone). */
function steadyBasis(complete: Cycle[], locale: Locale): string {
  const t = cycleT(locale);
  const lengths = complete.map((c) => c.lengthDays as number);
  const cycles = lastCyclesSentence(lengths, locale);
  const changed = lengths.some((l, i) => i > 0 && Math.abs(l - (lengths[i - 1] as number)) >= VARIATION_DAYS);
  return t(changed ? 'steadyChanged' : 'steadySame', { cycles });
}

function tooLittle(periods: number, t: Translate): string {
  const needed = MIN_CYCLES + 1;
  if (periods === 0) return t('noPeriods', { needed });
  return t('morePeriods', { needed, cycles: MIN_CYCLES, count: needed - periods });
}

/** STRAW+10 stage estimate from bleeding episodes as of a date (Harlow et al., Menopause 2012). */
export function estimateStage(args: {
  episodes: Episode[];
  profile: StageProfile;
  asOf: string;
  /** The language of the basis (English by default). */
  locale?: Locale;
}): StageEstimate {
  const { profile, asOf } = args;
  const locale = args.locale ?? 'en';
  const t = cycleT(locale);
  const episodes = args.episodes.filter((e) => e.start <= asOf);
  const last = episodes.at(-1);
  const since = last ? Math.max(0, daysBetween(last.end, asOf)) : null;
  const estimate = (stage: Stage, basis: string, evidence: string[] = []): StageEstimate => ({
    stage,
    basis: `${basis} ${t('note')}`,
    evidence,
    isEstimate: true,
    daysSinceLastPeriod: since,
  });
  const excluded = exclusions.find((key) => profile[key]);
  if (excluded) return estimate('unknown', t(`excluded.${excluded}`));
  const found = last && since !== null ? stageFromLog(episodes, last, since, asOf, locale) : undefined;
  return found
    ? estimate(found.stage, found.basis, found.evidence)
    : estimate('unknown', tooLittle(episodes.length, t));
}
