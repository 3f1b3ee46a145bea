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
import { formatDate } from './pdf/draw.js';

/** "3 Mar 2026", "3 Mar–5 Mar 2026" or "28 Dec 2025–2 Jan 2026". */
export function dateRange(first: string, last: string): string {
  if (first === last) return formatDate(first);
  const end = formatDate(last);
  const start = formatDate(first);
  return first.slice(0, 4) === last.slice(0, 4)
    ? `${start.replace(/ \d{4}$/, '')}–${end}`
    : `${start}–${end}`;
}

const hrtWhy: Partial<Record<BleedingReason, string>> = {
  continuous_hrt_settled: 'bleeding on continuous HRT after the first months',
  long_bleed_on_hrt: 'bleeding on 8 or more days',
  cyclical_hrt_extra_bleed: 'a bleed less than 21 days after the previous one on cyclical HRT',
};

/** Why the run needed a check, in plain words from her side; never a cause. */
function becauseOf(result: BleedingCheckResult): string {
  const { kind, reasons } = result;
  if (kind === 'after_hysterectomy') return 'after a hysterectomy';
  if (kind === 'unscheduled_on_hrt') {
    const why = reasons.flatMap((r) => hrtWhy[r] ?? []);
    return `outside the pattern expected on my HRT (${why.join('; ')})`;
  }
  return reasons.includes('self_report')
    ? 'after I had told the app my periods stopped 12 months or more ago'
    : 'after 12 months without periods';
}

const whom = (result: BleedingCheckResult) =>
  result.kind === 'unscheduled_on_hrt' ? 'a GP or menopause clinic appointment' : 'a GP appointment';

/** The sentence for one checked run: when, why it needed a check, and what the app advised. */
export function bleedingCheckSentence(
  run: { first: string; last: string; days: number },
  result: BleedingCheckResult,
): string {
  const days = run.days === 1 ? '1 day' : `${run.days} days`;
  return (
    `Bleeding on ${dateRange(run.first, run.last)} (${days}) ${becauseOf(result)}: ` +
    `the app advised ${whom(result)} within 2 weeks.`
  );
}

/**
 * Every `soon` answer of the report's range and of the 12 months before the day it is made, each judged as
 * of its run's last day (core `pastBleedingChecks`), with her "booked" answer.
 */
export function reportBleedingChecks(
  input: Omit<BleedingCheckInput, 'asOf'>,
  answers: readonly BleedingAnswer[],
  range: { from: string; to: string; today: string },
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
      sentence: bleedingCheckSentence(run, result),
      bookedOn: booked ? localDateOf(booked) : null,
    };
  });
}

/**
 * While bleeding after menopause stands as of `asOf` (the judged run is a `soon` after_menopause answer),
 * the line the stage gives way to: the log must not read that bleeding as periods coming back. Else null.
 */
export function bleedingAfterMenopause(input: Omit<BleedingCheckInput, 'asOf'>, asOf: string): string | null {
  const result = bleedingCheck({ ...input, asOf });
  const run = bleedingRuns(input.bleeding, asOf).at(-1);
  if (result.level !== 'soon' || result.kind !== 'after_menopause' || !run) return null;
  return (
    `The bleeding on ${dateRange(run.first, run.last)} came after 12 months without periods and needs a ` +
    'check first; it is not read as periods coming back.'
  );
}
