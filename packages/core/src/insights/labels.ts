import { nightDrivers } from './daily.js';

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

const numeric: Record<string, [name: string, step: string, per?: number]> = {
  sleepHours: ['sleep hours', 'hour of sleep'],
  sleepQuality: ['sleep quality', 'point of sleep quality'],
  nightWakings: ['night wakings', 'time you woke in the night'],
  mood: ['mood', 'point of mood'],
  stress: ['stress', 'point of stress'],
  // UI copy says "hot flashes" (DESIGN.md); the field id stays `hotFlushes`.
  hotFlushes: ['hot flashes', 'hot flash'],
  activityMinutes: ['activity', '10 minutes of activity', 10],
  sittingHours: ['sitting', 'hour of sitting'],
  waterGlasses: ['water', 'glass of water'],
  weightKg: ['weight', 'kg of weight'],
  waistCm: ['waist size', 'cm of waist size'],
  stiffnessMinutes: ['morning stiffness', '10 minutes of morning stiffness', 10],
  exerciseSessions: ['exercise sessions', 'exercise session'],
  exerciseMinutes: ['exercise minutes', '10 minutes of exercise', 10],
  relaxMinutes: ['relaxation minutes', '10 minutes of relaxation', 10],
  breaksTaken: ['movement breaks', 'movement break'],
  steps: ['steps', '1,000 steps', 1000],
};

const things: Record<string, string> = {
  nightPain: 'night pain',
  nightSweats: 'night sweats',
  bleeding: 'bleeding',
  'food:oily_fish': 'oily fish',
  'food:leafy_greens': 'leafy greens',
  'food:berries': 'berries',
  'food:turmeric_ginger': 'turmeric or ginger',
  'food:wholegrains': 'wholegrains',
  'food:ultra_processed': 'ultra-processed food',
  'food:alcohol': 'alcohol',
  'food:caffeine_after_noon': 'caffeine after noon',
};

const phases: Record<string, string> = {
  menstrual: 'your period',
  follicular: 'your follicular phase',
  ovulation: 'the days around ovulation',
  luteal: 'your luteal phase',
  premenstrual: 'your premenstrual days',
};

/** The words for a driver id; `names` supplies custom tracker and treatment names. */
export function driverWords(id: string, names: DriverNames = {}): DriverWords {
  const night = nightDrivers.has(id);
  const known = numeric[id];
  if (known) {
    const [name, step, per = 1] = known;
    return { name, step, per, yes: `with ${name}`, no: `without ${name}`, night };
  }
  const [prefix, rest = ''] = id.split(/:(.*)/s);
  const given = names[id];
  if (prefix === 'cyclePhase') {
    const phase = given ?? phases[rest] ?? `the ${rest} phase`;
    return { name: phase, step: '', per: 1, yes: `in ${phase}`, no: `outside ${phase}`, night };
  }
  if (prefix === 'treatment') {
    const name = given ?? 'a treatment';
    return { name, step: '', per: 1, yes: `during ${name}`, no: `without ${name}`, night };
  }
  const name = given ?? things[id] ?? (prefix === 'custom' ? 'your tracker' : id);
  return { name, step: `unit of ${name}`, per: 1, yes: `with ${name}`, no: `without ${name}`, night };
}

/** A short human name for a driver id, in English for now: `sleepHours` → "sleep hours". */
export function driverLabel(id: string, names: DriverNames = {}): string {
  return driverWords(id, names).name;
}

/** When the driver happened relative to the pain day, for a numeric sentence: "the night before". */
export function timing(words: DriverWords, lag: 0 | 1): string {
  if (words.night) return lag === 1 ? 'the night before' : 'the night after';
  return lag === 1 ? 'the day before' : 'on the same day';
}

/** The days a yes/no sentence speaks of: "On days after a night with night sweats". */
export function yesDays(words: DriverWords, lag: 0 | 1): string {
  if (words.night)
    return lag === 1 ? `On days after a night ${words.yes}` : `On days before a night ${words.yes}`;
  return lag === 1 ? `On days after a day ${words.yes}` : `On days ${words.yes}`;
}
