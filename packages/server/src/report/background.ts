import type { Profile } from '@spinekind/core';
import type { ReportWords } from './i18n/index.js';

const boneKeys: Record<NonNullable<Profile['boneHealth']>, string> = {
  osteoporosis: 'background.osteoporosis',
  osteopenia: 'background.osteopenia',
  normal: 'background.normalBones',
  not_known: 'background.bonesNotKnown',
};

/** The HRT sentence: since when (when she gave it) and how it is taken, never a dose or a product. */
function hrtLine(profile: Profile, w: ReportWords): string {
  const how =
    profile.hrtRegimen === 'cyclical' ? 'Cyclical' : profile.hrtRegimen === 'continuous' ? 'Continuous' : '';
  return profile.hrtStartDate
    ? w.t(`background.hrtSince${how}`, { date: w.date(profile.hrtStartDate) })
    : w.t(`background.hrt${how}`);
}

/**
 * Her background as she gave it in her profile, in her own voice, one sentence each: age, bone health, how
 * she describes her periods, hormonal contraception and HRT (yes or no and since when, never a dose or a
 * product). Unanswered questions are left out rather than guessed.
 */
export function backgroundLines(profile: Profile, asOf: string, w: ReportWords): string[] {
  const lines: string[] = [];
  if (profile.birthYear) {
    const year = Number(asOf.slice(0, 4));
    const older = year - profile.birthYear;
    lines.push(w.t('background.born', { year: profile.birthYear, younger: older - 1, older }));
  }
  if (profile.boneHealth) lines.push(w.t(boneKeys[profile.boneHealth]));
  if (profile.menopausalSelfReport) lines.push(w.t(`background.${profile.menopausalSelfReport}`));
  if (profile.uterusRemoved === true) lines.push(w.t('background.uterusRemoved'));
  if (profile.ovariesRemoved === true) lines.push(w.t('background.ovariesRemoved'));
  if (profile.hormonalContraception === true) lines.push(w.t('background.contraception'));
  else if (profile.hormonalContraception === false) lines.push(w.t('background.noContraception'));
  if (profile.hrt === true) lines.push(hrtLine(profile, w));
  else if (profile.hrt === false) lines.push(w.t('background.noHrt'));
  return lines;
}

/**
 * When her own account and her period log meet, one plain sentence that says both, so the report never
 * seems to contradict itself (e.g. no periods logged beside "no period for 12 months or more").
 */
export function selfReportBesideLog(profile: Profile, periodsLogged: number, w: ReportWords): string | null {
  const said = profile.menopausalSelfReport;
  if (!said || said === 'not_sure') return null;
  const none = said === 'no_period_12_months_or_more' || said === 'no_period_under_12_months';
  const what = { said: w.t(`said.${said}`) };
  if (periodsLogged === 0) return w.t(none ? 'besideLog.noneFits' : 'besideLog.noneAlthough', what);
  return none ? w.t('besideLog.bleeding', what) : null;
}
