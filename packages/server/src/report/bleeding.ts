import {
  addDays,
  type BleedingAnswer,
  type BleedingCheckInput,
  type BleedingCheckResult,
  type BleedingReason,
  bleedingCheck,
  bleedingRuns,
  bookedAtFor,
  localDateOf,
  type PastBleedingCheck,
  pastBleedingChecks,
  type ReportBleedingCheck,
} from '@spinekind/core';
import type { ReportWords } from './i18n/index.js';

/** The HRT reasons the sentence names; the others (a first bleed, her own report) are said by its kind. */
const hrtReasons = new Set<BleedingReason>([
  'continuous_hrt_settled',
  'long_bleed_on_hrt',
  'cyclical_hrt_extra_bleed',
]);

/** Which sentence says why the run needed a check, in plain words from her side; never a cause. */
function sentenceKey({ kind, reasons }: BleedingCheckResult): string {
  if (kind === 'after_hysterectomy') return 'bleeding.afterHysterectomy';
  if (kind === 'unscheduled_on_hrt') return 'bleeding.onHrt';
  return reasons.includes('self_report') ? 'bleeding.afterSaying12Months' : 'bleeding.after12Months';
}

/** The sentence for one checked run: when, why it needed a check, and what the app advised. */
export function bleedingCheckSentence(
  run: { first: string; last: string; days: number },
  result: BleedingCheckResult,
  w: ReportWords,
): string {
  const why = result.reasons.filter((r) => hrtReasons.has(r)).map((r) => w.t(`bleeding.${r}`));
  return w.t(sentenceKey(result), {
    dates: w.dateRange(run.first, run.last),
    days: w.t('days', { count: run.days }),
    why: why.join('; '),
  });
}

/**
 * Every `soon` answer of the report's range and of the 12 months before the day it is made, each judged as
 * of its run's last day (core `pastBleedingChecks`), with her "booked" answer.
 */
export function reportBleedingChecks(
  input: Omit<BleedingCheckInput, 'asOf'>,
  answers: readonly BleedingAnswer[],
  range: { from: string; to: string; today: string },
  w: ReportWords,
): ReportBleedingCheck[] {
  // The range and the 12 months before today: a run in both is kept once, as far as the log shows it.
  const byRun = new Map<string, PastBleedingCheck>();
  for (const c of [
    ...pastBleedingChecks(input, range.from, range.to),
    ...pastBleedingChecks(input, addDays(range.today, -365), range.today),
  ])
    if ((byRun.get(c.runStart)?.runEnd ?? '') < c.runEnd) byRun.set(c.runStart, c);
  const checks = [...byRun.values()].sort((a, b) => a.runStart.localeCompare(b.runStart));
  return checks.map(({ runStart, runEnd, result }) => {
    const booked = bookedAtFor(runStart, answers);
    const days = bleedingRuns(input.bleeding, runEnd).at(-1)?.days.length ?? 1;
    const run = { first: runStart, last: runEnd, days };
    return {
      runStart,
      runEnd,
      sentence: bleedingCheckSentence(run, result, w),
      bookedOn: booked ? localDateOf(booked) : null,
    };
  });
}

/**
 * While bleeding after menopause stands as of `asOf` (the judged run is a `soon` after_menopause answer),
 * the line the stage gives way to: the log must not read that bleeding as periods coming back. Else null.
 */
export function bleedingAfterMenopause(
  input: Omit<BleedingCheckInput, 'asOf'>,
  asOf: string,
  w: ReportWords,
): string | null {
  const result = bleedingCheck({ ...input, asOf });
  const run = bleedingRuns(input.bleeding, asOf).at(-1);
  if (result.level !== 'soon' || result.kind !== 'after_menopause' || !run) return null;
  return w.t('bleeding.hold', { dates: w.dateRange(run.first, run.last) });
}
