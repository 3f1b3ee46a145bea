import { daysBetween } from '../cycle/days.js';
import type { Flow } from '../cycle/schema.js';
import { bleedingAdvice } from './advice.js';
import type { BleedingCheckInput, BleedingCheckResult, BleedingEntry, BleedingReason } from './schema.js';
import { BLEEDING_CHECK_VERSION } from './version.js';

const order: Record<Flow, number> = { spotting: 0, light: 1, medium: 2, heavy: 3 };

/** A run of bleeding days (spec §2): days at most 7 apart belong together. */
export interface BleedingRun {
  first: string;
  last: string;
  /** Distinct dates with bleeding, in order, each at its largest amount. */
  days: BleedingEntry[];
  /** Last day heavier than spotting, or null for a spotting-only run. */
  lastPeriodDay: string | null;
}

/** Spec §2 runs of the bleeding days on or before `asOf`, oldest first; one entry per date, the largest amount. */
export function bleedingRuns(entries: readonly BleedingEntry[], asOf: string): BleedingRun[] {
  const byDate = new Map<string, Flow>();
  for (const e of entries) {
    if (e.date > asOf) continue;
    const known = byDate.get(e.date);
    if (known === undefined || order[e.amount] > order[known]) byDate.set(e.date, e.amount);
  }
  const runs: BleedingRun[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const day = { date, amount: byDate.get(date) as Flow };
    const run = runs.at(-1);
    if (run && daysBetween(run.last, date) <= 7) {
      run.days.push(day);
      run.last = date;
    } else {
      runs.push({ first: date, last: date, days: [day], lastPeriodDay: null });
    }
    if (day.amount !== 'spotting') (runs.at(-1) as BleedingRun).lastPeriodDay = date;
  }
  return runs;
}

type PostReason = 'gap' | 'self_report';

/** Spec §2 "after menopause" walk: the reason each run is judged after menopause, or null. */
function afterMenopauseReasons(runs: readonly BleedingRun[], selfReport: string | null | undefined) {
  let post: PostReason | null = null;
  let lastPeriodDay: string | null = null;
  return runs.map((run) => {
    if (post === null) {
      if (lastPeriodDay === null) {
        if (selfReport === 'no_period_12_months_or_more') post = 'self_report';
      } else if (daysBetween(lastPeriodDay, run.first) >= 365) {
        // STRAW+10 (Harlow et al. 2012): 12 months without bleeding marks the final period.
        post = 'gap';
      }
    }
    if (run.lastPeriodDay !== null) lastPeriodDay = run.lastPeriodDay;
    return post;
  });
}

function result(
  level: BleedingCheckResult['level'],
  kind: BleedingCheckResult['kind'],
  reasons: BleedingReason[],
  runStart: string | null,
): BleedingCheckResult {
  return {
    level,
    kind,
    reasons,
    runStart,
    advice: kind ? bleedingAdvice[kind] : null,
    version: BLEEDING_CHECK_VERSION,
  };
}

/** Is she in the settling window of HRT at `asOf` (spec §2)? An unknown start date counts as settled. */
function settledOnHrt(profile: BleedingCheckInput['profile'], asOf: string): boolean {
  const start = profile.hrtStartDate ?? null;
  const change = profile.hrtChangeDate ?? null;
  // BMS 2024: unscheduled bleeding is common for 6 months after starting and 3 months after a change.
  const startSettled = start === null || daysBetween(start, asOf) >= 183;
  const changeSettled = change === null || change > asOf || daysBetween(change, asOf) >= 92;
  return startSettled && changeSettled;
}

/** The HRT rules H1–H3 (spec §3) for the judged run, given the runs before it. */
function hrtRules(input: BleedingCheckInput, runs: readonly BleedingRun[]): BleedingCheckResult {
  const judged = runs.at(-1) as BleedingRun;
  const regimen = input.profile.hrtRegimen ?? null;
  const settled = settledOnHrt(input.profile, input.asOf);
  const previousPeriodRun = runs
    .slice(0, -1)
    .filter((r) => r.lastPeriodDay !== null)
    .at(-1);
  const reasons: BleedingReason[] = [];
  if (regimen === 'continuous' && settled) reasons.push('continuous_hrt_settled');
  if (judged.days.length >= 8) reasons.push('long_bleed_on_hrt');
  if (
    regimen === 'cyclical' &&
    settled &&
    previousPeriodRun &&
    daysBetween(previousPeriodRun.first, judged.first) < 21
  ) {
    reasons.push('cyclical_hrt_extra_bleed');
  }
  if (reasons.length > 0) return result('soon', 'unscheduled_on_hrt', reasons, judged.first);
  if (!settled || regimen === 'not_sure' || regimen === null) {
    return result('info', 'on_hrt', ['hrt'], judged.first);
  }
  return result(null, null, [], judged.first);
}

/**
 * Bleeding-check spec v1.0: whether the latest run of bleeding on or before `asOf` should be checked by a
 * doctor (`soon`), deserves a calm note (`info`), or needs nothing. Pure; the input is already validated.
 */
export function bleedingCheck(input: BleedingCheckInput): BleedingCheckResult {
  const runs = bleedingRuns(input.bleeding, input.asOf);
  const judged = runs.at(-1);
  if (!judged) return result(null, null, [], null);
  const { profile } = input;
  if (profile.uterusRemoved === true) {
    return result('soon', 'after_hysterectomy', ['uterus_removed'], judged.first);
  }
  const onHrt = profile.hrt === true && (profile.hrtStartDate == null || profile.hrtStartDate <= input.asOf);
  if (onHrt) return hrtRules(input, runs);
  if (profile.hormonalContraception === true) return result(null, null, [], judged.first);
  const post = afterMenopauseReasons(runs, profile.menopausalSelfReport).at(-1);
  if (post) {
    const reasons: BleedingReason[] = [post];
    if (input.age !== null && input.age >= 55) reasons.push('age_55_or_over');
    return result('soon', 'after_menopause', reasons, judged.first);
  }
  return result(null, null, [], judged.first);
}
