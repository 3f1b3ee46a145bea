import type { Locale } from '../i18n/locales.js';
import type { Translate } from '../i18n/messages.js';
import { nightDrivers } from './daily.js';
import { insightsT, insightWords } from './i18n/index.js';

/** Names the caller knows and core does not: custom trackers and treatments, by driver id. */
export type DriverNames = Readonly<Record<string, string>>;

/** How sentences speak of one driver. */
export interface DriverWords {
  /** Plain name: "sleep hours", "night sweats". */
  name: string;
  /** One step of a numeric driver, after "each extra": "hour of sleep", "10 minutes of activity". */
  step: string;
  /** Effects of a numeric driver are given per this many of its units (10 for minutes). */
  per: number;
  /** A yes-day, after "days": "with night sweats", "in your luteal phase". */
  yes: string;
  /** A no-day, after "days": "without night sweats". */
  no: string;
  /** Recorded in the morning about the night before (see `nightDrivers`). */
  night: boolean;
}

/** Numeric drivers given per more than one unit (10 minutes, 1,000 steps). */
const perOf: Record<string, number> = {
  activityMinutes: 10,
  stiffnessMinutes: 10,
  exerciseMinutes: 10,
  relaxMinutes: 10,
  steps: 1000,
};

const has = <T extends object>(o: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(o, key);

/** The words for a driver id in her language; `names` supplies custom tracker and treatment names. */
export function driverWords(id: string, names: DriverNames = {}, locale: Locale = 'en'): DriverWords {
  const t = insightsT(locale);
  const words = insightWords[locale];
  const night = nightDrivers.has(id);
  if (has(words.numeric, id)) {
    const { name, step } = words.numeric[id];
    const per = perOf[id] ?? 1;
    return { name, step, per, yes: t('with', { name }), no: t('without', { name }), night };
  }
  const [prefix, rest = ''] = id.split(/:(.*)/s);
  const given = names[id];
  const flag = { step: '', per: 1, night };
  if (prefix === 'cyclePhase') {
    if (given)
      return {
        ...flag,
        name: given,
        yes: t('inPhase', { name: given }),
        no: t('outsidePhase', { name: given }),
      };
    if (has(words.phases, rest)) return { ...flag, ...words.phases[rest] };
    const phase = { phase: rest };
    return {
      ...flag,
      name: t('thePhase', phase),
      yes: t('inThePhase', phase),
      no: t('outsideThePhase', phase),
    };
  }
  if (prefix === 'treatment') {
    const name = given ?? t('aTreatment');
    return { ...flag, name, yes: t('duringTreatment', { name }), no: t('withoutTreatment', { name }) };
  }
  if (!given && has(words.things, id)) {
    const thing = words.things[id];
    return { ...flag, ...thing, step: t('unitOf', { name: thing.name }) };
  }
  const name = given ?? (prefix === 'custom' ? t('yourTracker') : id);
  return { ...flag, name, step: t('unitOf', { name }), yes: t('with', { name }), no: t('without', { name }) };
}

/** A short human name for a driver id in her language: `sleepHours` → "sleep hours". */
export function driverLabel(id: string, names: DriverNames = {}, locale: Locale = 'en'): string {
  return driverWords(id, names, locale).name;
}

/** When the driver happened relative to the pain day, for a numeric sentence: "the night before". */
export function timing(words: DriverWords, lag: 0 | 1, t: Translate = insightsT('en')): string {
  if (words.night) return t(lag === 1 ? 'timingNightBefore' : 'timingNightAfter');
  return t(lag === 1 ? 'timingDayBefore' : 'timingSameDay');
}

/** The days a yes/no sentence speaks of: "On days after a night with night sweats". */
export function yesDays(words: DriverWords, lag: 0 | 1, t: Translate = insightsT('en')): string {
  const yes = { yes: words.yes };
  if (words.night) return t(lag === 1 ? 'leadDayAfterNight' : 'leadDayBeforeNight', yes);
  return t(lag === 1 ? 'leadDayAfterDay' : 'leadDayWith', yes);
}
