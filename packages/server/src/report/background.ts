import type { Profile } from '@spinekind/core';
import { formatDate } from './pdf/draw.js';

const selfReportLines: Record<NonNullable<Profile['menopausalSelfReport']>, string> = {
  regular_periods: 'I still have regular periods.',
  irregular_periods: 'My periods have become irregular.',
  no_period_under_12_months: 'I have had no period for less than 12 months.',
  no_period_12_months_or_more: 'I have had no period for 12 months or more.',
  not_sure: 'I am not sure where I am with my periods.',
};

const boneLines: Record<NonNullable<Profile['boneHealth']>, string> = {
  osteoporosis: 'I have been told I have osteoporosis.',
  osteopenia: 'I have been told I have osteopenia (low bone density).',
  normal: 'As far as I know my bone density is normal.',
  not_known: 'I do not know my bone density.',
};

const yesNo = (answer: boolean | null | undefined, yes: string, no: string) =>
  answer === true ? [yes] : answer === false ? [no] : [];

/**
 * Her background as she gave it in her profile, in her own voice, one sentence each: age, bone health, how
 * she describes her periods, hormonal contraception and HRT (yes or no and since when, never a dose or a
 * product). Unanswered questions are left out rather than guessed.
 */
export function backgroundLines(profile: Profile, asOf: string): string[] {
  const lines: string[] = [];
  if (profile.birthYear) {
    const year = Number(asOf.slice(0, 4));
    lines.push(
      `I was born in ${profile.birthYear} (age ${year - profile.birthYear - 1} or ${year - profile.birthYear}).`,
    );
  }
  if (profile.boneHealth) lines.push(boneLines[profile.boneHealth]);
  if (profile.menopausalSelfReport) lines.push(selfReportLines[profile.menopausalSelfReport]);
  lines.push(...yesNo(profile.uterusRemoved, 'I have had my uterus removed.', ''));
  lines.push(...yesNo(profile.ovariesRemoved, 'I have had my ovaries removed.', ''));
  lines.push(
    ...yesNo(
      profile.hormonalContraception,
      'I use hormonal contraception.',
      'I do not use hormonal contraception.',
    ),
  );
  if (profile.hrt === true) {
    const since = profile.hrtStartDate ? ` since ${formatDate(profile.hrtStartDate)}` : '';
    const how =
      profile.hrtRegimen === 'cyclical'
        ? ', cyclical (with a planned monthly bleed)'
        : profile.hrtRegimen === 'continuous'
          ? ', continuous (no planned bleeds)'
          : '';
    lines.push(since ? `I have taken HRT${since}${how}.` : `I take HRT${how}.`);
  } else if (profile.hrt === false) lines.push('I do not take HRT.');
  return lines.filter(Boolean);
}

const selfReportShort: Record<NonNullable<Profile['menopausalSelfReport']>, string> = {
  regular_periods: 'regular periods',
  irregular_periods: 'irregular periods',
  no_period_under_12_months: 'no period for less than 12 months',
  no_period_12_months_or_more: 'no period for 12 months or more',
  not_sure: 'not sure',
};

/**
 * When her own account and her period log meet, one plain sentence that says both, so the report never
 * seems to contradict itself (e.g. no periods logged beside "no period for 12 months or more").
 */
export function selfReportBesideLog(profile: Profile, periodsLogged: number): string | null {
  const said = profile.menopausalSelfReport;
  if (!said || said === 'not_sure') return null;
  const none = said === 'no_period_12_months_or_more' || said === 'no_period_under_12_months';
  const what = `what I said in my profile (${selfReportShort[said]})`;
  if (periodsLogged === 0)
    return none
      ? `No period is logged in this time, which fits ${what}.`
      : `No period is logged in this time, although I said ${selfReportShort[said]}: I may not have logged them.`;
  return none ? `My log shows bleeding in this time, beside ${what}.` : null;
}
