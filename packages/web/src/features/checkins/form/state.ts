import {
  type Bleeding,
  type BodyArea,
  type Checkin,
  type CheckinGroup,
  type CheckinInput,
  countryOf,
  defaultUnits,
  type Food,
  bodyAreas as mapOrder,
  type PainQuality,
  type Profile,
} from '@spinekind/core';

/** Typed-in numbers stay text while editing, so "6." or "" never jump under the cursor. */
export const numberFields = [
  'stiffnessMinutes',
  'sleepHours',
  'nightWakings',
  'hotFlushes',
  'weight',
  'waist',
  'activityMinutes',
  'sittingHours',
  'waterGlasses',
] as const;
export type NumberField = (typeof numberFields)[number];

export interface FormState {
  pain: number | null;
  painWorst: number | null;
  sleepQuality: number | null;
  mood: number | null;
  stress: number | null;
  bodyAreas: BodyArea[];
  /** Her 0–10 score for a marked area; an area left unscored is just marked. */
  areaScores: Partial<Record<BodyArea, number>>;
  painQualities: PainQuality[];
  foods: Food[];
  nightPain: boolean | null;
  nightSweats: boolean | null;
  bleeding: Bleeding | null;
  notes: string;
  custom: Record<string, number | boolean>;
  text: Record<NumberField, string>;
}

/** What every group of the form is handed: the answers, a setter, errors and her units. */
export interface GroupProps {
  f: FormState;
  set<K extends keyof FormState>(key: K, value: FormState[K]): void;
  errors: Record<string, string>;
  units: Units;
}

export interface Units {
  weight: 'kg' | 'lb';
  length: 'cm' | 'in';
}
/** Her units: as she chose them, else what her country (or her browser's region) uses day to day. */
export function unitsOf(p: Profile | undefined): Units {
  const region = p?.country ?? (typeof navigator === 'undefined' ? undefined : countryOf(navigator.language));
  const fallback = defaultUnits(region);
  return { weight: p?.weightUnit ?? fallback.weightUnit, length: p?.lengthUnit ?? fallback.lengthUnit };
}

const LB = 0.45359237;
const IN = 2.54;
const round1 = (n: number) => Math.round(n * 10) / 10;
const show = (n: number | null | undefined) => (n == null ? '' : String(n));

export function fromCheckin(c: Checkin | undefined, units: Units): FormState {
  return {
    pain: c?.pain ?? null,
    painWorst: c?.painWorst ?? null,
    sleepQuality: c?.sleepQuality ?? null,
    mood: c?.mood ?? null,
    stress: c?.stress ?? null,
    bodyAreas: [...(c?.bodyAreas ?? [])],
    areaScores: Object.fromEntries((c?.painByArea ?? []).map((a) => [a.area, a.score])),
    painQualities: [...(c?.painQualities ?? [])],
    foods: [...(c?.foods ?? [])],
    nightPain: c?.nightPain ?? null,
    nightSweats: c?.nightSweats ?? null,
    bleeding: c?.bleeding ?? null,
    notes: c?.notes ?? '',
    custom: { ...(c?.custom ?? {}) },
    text: {
      stiffnessMinutes: show(c?.stiffnessMinutes),
      sleepHours: show(c?.sleepHours),
      nightWakings: show(c?.nightWakings),
      hotFlushes: show(c?.hotFlushes),
      weight: show(c?.weightKg == null ? null : units.weight === 'lb' ? round1(c.weightKg / LB) : c.weightKg),
      waist: show(c?.waistCm == null ? null : units.length === 'in' ? round1(c.waistCm / IN) : c.waistCm),
      activityMinutes: show(c?.activityMinutes),
      sittingHours: show(c?.sittingHours),
      waterGlasses: show(c?.waterGlasses),
    },
  };
}

/** Scores of the areas still marked, in body-map order; `null` when none is scored. */
function areaScoresOf(f: FormState) {
  const scored = mapOrder.flatMap((area) => {
    const score = f.areaScores[area];
    return f.bodyAreas.includes(area) && score !== undefined ? [{ area, score }] : [];
  });
  return scored.length ? scored : null;
}

/**
 * Every field of a check-in (core's schema is the one list), each given a value by the form: a field core
 * adds is a type error here until the form asks for it, and through `FormState` until `fromCheckin` reads it.
 */
type Candidate = { [K in keyof Required<Omit<CheckinInput, 'id'>>]: unknown };

/** Form → check-in candidate for the shared schema; weight and waist stored in kg and cm. */
export function toCandidate(f: FormState, units: Units, recordedAt: string) {
  const num = (k: NumberField) => (f.text[k].trim() === '' ? null : Number(f.text[k]));
  const weight = num('weight');
  const waist = num('waist');
  return {
    recordedAt,
    pain: f.pain,
    painWorst: f.painWorst,
    bodyAreas: f.bodyAreas,
    painByArea: areaScoresOf(f),
    painQualities: f.painQualities.length ? f.painQualities : null,
    stiffnessMinutes: num('stiffnessMinutes'),
    sleepHours: num('sleepHours'),
    sleepQuality: f.sleepQuality,
    nightPain: f.nightPain,
    nightWakings: num('nightWakings'),
    mood: f.mood,
    stress: f.stress,
    hotFlushes: num('hotFlushes'),
    nightSweats: f.nightSweats,
    bleeding: f.bleeding,
    activityMinutes: num('activityMinutes'),
    sittingHours: num('sittingHours'),
    waterGlasses: num('waterGlasses'),
    foods: f.foods,
    weightKg: weight == null ? null : units.weight === 'lb' ? round1(weight * LB) : weight,
    waistCm: waist == null ? null : units.length === 'in' ? round1(waist * IN) : waist,
    notes: f.notes.trim() === '' ? null : f.notes,
    custom: Object.keys(f.custom).length ? f.custom : null,
  } satisfies Candidate;
}

/** Schema error paths → the form field that shows them. */
export const errorKey: Record<string, string> = { weightKg: 'weight', waistCm: 'waist' };

/** The answers (and error keys) each optional group holds. */
const groupFields: Record<CheckinGroup, readonly (keyof FormState | NumberField)[]> = {
  pain: ['painWorst', 'stiffnessMinutes'],
  sleep: ['sleepHours', 'sleepQuality', 'nightPain', 'nightWakings', 'nightSweats'],
  mood: ['mood', 'stress'],
  body: ['hotFlushes', 'bleeding'],
  measures: ['weight', 'waist'],
  day: ['activityMinutes', 'sittingHours', 'waterGlasses', 'foods', 'notes', 'custom'],
};

const isNumberField = (k: string): k is NumberField => (numberFields as readonly string[]).includes(k);

function answered(f: FormState, k: keyof FormState | NumberField): boolean {
  if (isNumberField(k)) return f.text[k].trim() !== '';
  const v = f[k as keyof FormState];
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (v !== null && typeof v === 'object') return Object.keys(v).length > 0;
  return v !== null;
}

/** Whether a group holds an answer (so it opens by itself when she edits an entry). */
export const groupHasAnswer = (g: CheckinGroup, f: FormState) => groupFields[g].some((k) => answered(f, k));

/** Whether an error (by form key, `custom.<id>` included) belongs to a group. */
export const groupHasError = (g: CheckinGroup, errors: Record<string, string>) =>
  Object.keys(errors).some((e) => groupFields[g].some((k) => e === k || e.startsWith(`${k}.`)));
