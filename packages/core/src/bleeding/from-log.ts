import { addDays } from '../cycle/days.js';
import type { Flow } from '../cycle/schema.js';
import type { Profile } from '../profile/schema.js';
import { bleedingCheck, bleedingRuns } from './check.js';
import type { BleedingCheckInput, BleedingCheckResult, BleedingEntry, BleedingProfile } from './schema.js';

interface CheckinBleeding {
  localDate: string;
  bleeding?: 'none' | Flow | null;
}
interface LoggedPeriod {
  startDate: string;
  endDate?: string | null;
  flow?: Flow | null;
}

/**
 * Her bleeding days from the app's two logs (spec §6.2): every check-in with bleeding, and every day of a
 * logged period from its start to its end at its flow (an open period: its first day; no flow: medium,
 * as the cycle estimate reads it).
 */
export function bleedingDaysFromLog(
  checkins: readonly CheckinBleeding[],
  periods: readonly LoggedPeriod[],
): BleedingEntry[] {
  const out: BleedingEntry[] = [];
  for (const c of checkins) {
    if (c.bleeding && c.bleeding !== 'none') out.push({ date: c.localDate, amount: c.bleeding });
  }
  for (const p of periods) {
    const end = p.endDate ?? p.startDate;
    for (let d = p.startDate; d <= end; d = addDays(d, 1)) out.push({ date: d, amount: p.flow ?? 'medium' });
  }
  return out;
}

/**
 * Her age on `asOf` from her birth year, or null. Without a birthday we take the larger of the two
 * possible ages, so the "55 or over" line errs towards being shown.
 */
export function ageOnDate(birthYear: number | null | undefined, asOf: string): number | null {
  if (birthYear == null) return null;
  const age = Number(asOf.slice(0, 4)) - birthYear;
  return age >= 0 && age <= 120 ? age : null;
}

/** The profile fields the check reads, picked from her whole profile. */
export function bleedingProfileOf(profile: Profile): BleedingProfile {
  return {
    menopausalSelfReport: profile.menopausalSelfReport ?? null,
    hrt: profile.hrt ?? null,
    hrtStartDate: profile.hrtStartDate ?? null,
    hrtRegimen: profile.hrtRegimen ?? null,
    hrtChangeDate: profile.hrtChangeDate ?? null,
    uterusRemoved: profile.uterusRemoved ?? null,
    hormonalContraception: profile.hormonalContraception ?? null,
  };
}

/** The check's input from her profile and logs, as of `asOf`. */
export function bleedingCheckInputFor(
  profile: Profile,
  checkins: readonly CheckinBleeding[],
  periods: readonly LoggedPeriod[],
  asOf: string,
): BleedingCheckInput {
  return {
    asOf,
    age: ageOnDate(profile.birthYear, asOf),
    profile: bleedingProfileOf(profile),
    bleeding: bleedingDaysFromLog(checkins, periods),
  };
}

/** One past answer: the run it judged (first and last day) and the answer as of that run's last day. */
export interface PastBleedingCheck {
  runStart: string;
  runEnd: string;
  result: BleedingCheckResult;
}

/**
 * Every `soon` answer whose run ended between `from` and `to` (inclusive), oldest first: each run judged
 * as of its own last day, as the app judged it then (the profile is read as it is now, spec §7.7).
 */
export function pastBleedingChecks(
  input: Omit<BleedingCheckInput, 'asOf'>,
  from: string,
  to: string,
): PastBleedingCheck[] {
  return bleedingRuns(input.bleeding, to)
    .filter((run) => run.last >= from)
    .flatMap((run) => {
      const result = bleedingCheck({ ...input, asOf: run.last });
      return result.level === 'soon' ? [{ runStart: run.first, runEnd: run.last, result }] : [];
    });
}
