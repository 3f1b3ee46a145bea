import { foods } from '../checkins/body-areas.js';
import type { Checkin } from '../checkins/schema.js';
import { addDays } from '../cycle/days.js';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** A small, fast seeded PRNG (mulberry32, Tommy Ettinger 2017): the same seed gives the same stream. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws from a uniform source (Box & Muller 1958). */
export function normalSampler(rng: Rng): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(1 - rng()));
    const angle = 2 * Math.PI * rng();
    spare = r * Math.sin(angle);
    return r * Math.cos(angle);
  };
}

export interface SimulationOptions {
  rng: Rng;
  /** First day and number of days. */
  from: string;
  days: number;
  /** Planted change in pain per extra hour of last night's sleep (driver `sleepHours`, lag 1); 0 for none. */
  sleepEffect?: number;
  /** AR(1) coefficient of the day-to-day pain noise. */
  phi?: number;
  /** Standard deviation of the pain noise (its stationary spread). */
  noiseSd?: number;
  /** Share of days with no check-in at all. */
  missingShare?: number;
  /** Custom trackers added to every check-in, alternately numeric and yes/no: `custom:t1`, `custom:t2`… */
  customTrackers?: number;
}

/** A check-in on a local date with pain and any `fields` given, the rest empty: a base for synthetic data. */
export function checkinOn(localDate: string, pain: number, fields: Partial<Checkin> = {}): Checkin {
  const recordedAt = `${localDate}T08:00:00Z`;
  return {
    id: `${localDate}-${pain}`,
    localDate,
    recordedAt,
    createdAt: recordedAt,
    updatedAt: recordedAt,
    screeningPrompt: null,
    source: null,
    pain,
    painWorst: null,
    bodyAreas: null,
    painByArea: null,
    painQualities: null,
    stiffnessMinutes: null,
    sleepHours: null,
    sleepQuality: null,
    nightPain: null,
    nightWakings: null,
    mood: null,
    stress: null,
    hotFlushes: null,
    nightSweats: null,
    bleeding: null,
    activityMinutes: null,
    sittingHours: null,
    waterGlasses: null,
    foods: null,
    weightKg: null,
    waistCm: null,
    notes: null,
    custom: null,
    ...fields,
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** An AR(1) process with coefficient `phi` and stationary standard deviation 1. */
function ar1(normal: () => number, phi: number): () => number {
  let value = normal();
  return () => {
    value = phi * value + Math.sqrt(1 - phi * phi) * normal();
    return value;
  };
}

/**
 * A synthetic user, one check-in a day: every field filled from its own plausible process (some
 * autocorrelated, weight a random walk, bleeding on a 28-day cycle) and pain on 0–10 as whole numbers:
 * round(5 + sleepEffect·(last night's sleep − 7) + AR(1) noise), clamped. No other field affects pain.
 */
export function simulateCheckins(options: SimulationOptions): Checkin[] {
  const { rng, from, days, sleepEffect = 0, phi = 0.4, noiseSd = 1.5, missingShare = 0.1 } = options;
  const normal = normalSampler(rng);
  const noise = ar1(normal, phi);
  const sleepDrift = ar1(normal, 0.3);
  const stressDrift = ar1(normal, 0.6);
  const trackers = Array.from({ length: options.customTrackers ?? 0 }, () => ar1(normal, 0.5));
  const cycleStart = Math.floor(rng() * 28);
  let weight = 70 + 5 * normal();
  let waist = 85 + 5 * normal();
  const checkins: Checkin[] = [];
  for (let d = 0; d < days; d++) {
    const sleepHours = clamp(Math.round((7 + sleepDrift()) * 2) / 2, 3, 10);
    const stress = clamp(Math.round(5 + 2 * stressDrift()), 0, 10);
    const painNoise = noise();
    weight += 0.1 * normal();
    waist += 0.1 * normal();
    const trackerValues = trackers.map((next) => next());
    if (rng() < missingShare) continue;
    const date = addDays(from, d);
    const pain = clamp(Math.round(5 + sleepEffect * (sleepHours - 7) + noiseSd * painNoise), 0, 10);
    const custom = Object.fromEntries(
      trackerValues.map((v, i) => [`t${i + 1}`, i % 2 ? v > 0.5 : Math.round(10 * v) / 10]),
    );
    checkins.push(
      checkinOn(date, pain, {
        id: `sim-${d}`,
        painWorst: Math.min(10, pain + Math.floor(rng() * 3)),
        bodyAreas: ['lower_back_centre'],
        stiffnessMinutes: Math.max(0, Math.round(15 + 10 * normal())),
        sleepHours,
        sleepQuality: clamp(Math.round(5 + 1.2 * (sleepHours - 7) + 1.5 * normal()), 0, 10),
        nightPain: rng() < 0.2,
        nightWakings: Math.floor(rng() * 4),
        mood: clamp(Math.round(6 - 0.3 * (stress - 5) + 1.5 * normal()), 0, 10),
        stress,
        hotFlushes: Math.floor(rng() * 5),
        nightSweats: rng() < 0.25,
        bleeding: (d + cycleStart) % 28 < 5 ? 'medium' : 'none',
        activityMinutes: Math.max(0, Math.round(30 + 20 * normal())),
        sittingHours: clamp(Math.round((d % 7 < 5 ? 7 : 2) + normal()), 0, 24),
        waterGlasses: 4 + Math.floor(rng() * 5),
        foods: foods.filter(() => rng() < 0.3),
        weightKg: Math.round(weight * 10) / 10,
        waistCm: Math.round(waist * 10) / 10,
        custom,
      }),
    );
  }
  return checkins;
}
