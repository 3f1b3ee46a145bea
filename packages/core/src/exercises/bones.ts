import type { LocalDate } from '../date-schemas.js';
import type { Locale } from '../i18n/locales.js';
import type { Profile } from '../profile/schema.js';
import { BONE_CONSENSUS_CITATION, boneSafeSwap } from './bone-swaps.js';
import { exerciseById } from './catalogue.js';
import { exerciseT } from './i18n/messages.js';
import type { WeeklyPlan } from './plan.js';
import { routineById } from './routines.js';
import type { Routine, RoutineItem } from './types.js';

/*
 * With osteoporosis or osteopenia, loaded or end-range spinal flexion and twisting are avoided
 * (BONE_CONSENSUS_CITATION, the one source the app and the API cite for it). Consensus on limited
 * trial evidence (grade C), and the cautious choice costs little.
 */
/** Why her routines changed, in her language, citing the consensus (titles stay in English). */
export const boneNoteIn = (locale: Locale): string =>
  exerciseT(locale)('boneNote', { citation: BONE_CONSENSUS_CITATION });

/** True when the profile records osteoporosis or osteopenia. */
export function isBoneFragile(profile: Pick<Profile, 'boneHealth'>): boolean {
  return profile.boneHealth === 'osteoporosis' || profile.boneHealth === 'osteopenia';
}

/** One exercise swapped out: to a bone-safe alternative, or left out (`to: null`). */
export interface BoneSwap {
  from: string;
  to: string | null;
}

export interface BoneSafeRoutine<R extends Pick<Routine, 'items'>> {
  routine: R;
  swaps: BoneSwap[];
  /** Set whenever the routine was made bone-safe (even if nothing needed swapping), so she sees why. */
  note: string | null;
}

/**
 * The routine as someone with fragile bones should play it: each catalogue exercise that is not
 * bone-safe becomes a bone-safe one with the same aim that the routine does not hold yet (at its
 * own default dose, so the routine keeps about its length), or is left out when there is none.
 * Custom exercises stay: what a physiotherapist prescribed is between her and the user.
 */
export function routineForBones<R extends Pick<Routine, 'items'>>(
  routine: R,
  profile: Pick<Profile, 'boneHealth'>,
  locale: Locale = 'en',
): BoneSafeRoutine<R> {
  if (!isBoneFragile(profile)) return { routine, swaps: [], note: null };
  const swaps: BoneSwap[] = [];
  const items: RoutineItem[] = [];
  const needsSwap = (id: string) => exerciseById(id)?.boneSafe === false;
  // Everything the routine keeps, so no swap repeats an exercise already in it, earlier or later.
  const taken = new Set(routine.items.map((i) => i.exerciseId).filter((id) => !needsSwap(id)));
  for (const item of routine.items) {
    const exercise = exerciseById(item.exerciseId);
    if (!exercise || exercise.boneSafe) {
      items.push(item);
      continue;
    }
    const alternative = boneSafeSwap(exercise, taken);
    swaps.push({ from: exercise.id, to: alternative?.id ?? null });
    if (alternative) {
      taken.add(alternative.id);
      items.push({ exerciseId: alternative.id });
    }
  }
  return { routine: { ...routine, items }, swaps, note: boneNoteIn(locale) };
}

/**
 * For a routine the user built herself, which is played as she built it: a caution naming the
 * catalogue exercises in it that are usually avoided with fragile bones, or `null`. In her language
 * with `locale`, naming the exercises by `nameOf` (the library in that language).
 */
export function boneCaution(
  routine: Pick<Routine, 'items'>,
  profile: Pick<Profile, 'boneHealth'>,
  language: { locale: Locale; nameOf: (id: string) => string | undefined } = {
    locale: 'en',
    nameOf: (id) => exerciseById(id)?.name,
  },
): string | null {
  if (!isBoneFragile(profile)) return null;
  const names = [
    ...new Set(
      routine.items.flatMap((i) => {
        const e = exerciseById(i.exerciseId);
        return e && !e.boneSafe ? [language.nameOf(e.id) ?? e.name] : [];
      }),
    ),
  ];
  if (!names.length) return null;
  return exerciseT(language.locale)('boneCaution', { names: names.join(', '), count: names.length });
}

export interface BoneSafePlan {
  plan: WeeklyPlan;
  /** Catalogue routines of the plan that changed, with what was swapped. */
  routines: { routineId: string; swaps: BoneSwap[] }[];
  /** Set whenever the plan was made bone-safe, even if nothing needed swapping, so she sees why. */
  note: string | null;
}

/** The plan for fragile bones: its routines are played bone-safe, and entries left empty are dropped. */
export function planForBones(
  plan: WeeklyPlan,
  profile: Pick<Profile, 'boneHealth'>,
  locale: Locale = 'en',
): BoneSafePlan {
  if (!isBoneFragile(profile)) return { plan, routines: [], note: null };
  const routines: BoneSafePlan['routines'] = [];
  const empty = new Set<string>();
  for (const routineId of new Set(plan.entries.map((e) => e.routineId))) {
    const routine = routineById(routineId);
    if (!routine) continue;
    const safe = routineForBones(routine, profile);
    if (safe.swaps.length) routines.push({ routineId, swaps: safe.swaps });
    if (safe.routine.items.length === 0) empty.add(routineId);
  }
  return {
    plan: { ...plan, entries: plan.entries.filter((e) => !empty.has(e.routineId)) },
    routines,
    note: boneNoteIn(locale),
  };
}

// Fixed ids: the suggestion is the same every time until the user saves her own plan.
const SUGGESTED_IDS = {
  morning: '5f0c1a2e-7b3d-4c1e-9a6f-000000000001',
  strengthA: '5f0c1a2e-7b3d-4c1e-9a6f-000000000002',
  strengthB: '5f0c1a2e-7b3d-4c1e-9a6f-000000000003',
  desk: '5f0c1a2e-7b3d-4c1e-9a6f-000000000004',
} as const;

/**
 * A first plan to start from: `morning-5` every day, strength twice a week (A on Tuesday, B on
 * Friday), a desk break on work days and walking on five days from today, adapted for fragile bones.
 */
export function suggestedPlan(
  profile: Pick<Profile, 'boneHealth'>,
  opts: { timeZone: string; today: LocalDate; workDays?: number[]; locale?: Locale },
): BoneSafePlan {
  const workDays = opts.workDays?.length ? [...opts.workDays] : [1, 2, 3, 4, 5];
  const plan: WeeklyPlan = {
    timeZone: opts.timeZone,
    entries: [
      { id: SUGGESTED_IDS.morning, routineId: 'morning-5', days: [1, 2, 3, 4, 5, 6, 7], time: '07:30' },
      { id: SUGGESTED_IDS.strengthA, routineId: 'strength-a', days: [2], time: '18:00' },
      { id: SUGGESTED_IDS.strengthB, routineId: 'strength-b', days: [5], time: '18:00' },
      { id: SUGGESTED_IDS.desk, routineId: 'desk-back-release', days: workDays, time: '15:00' },
    ],
    walking: { startDate: opts.today, days: [1, 2, 3, 4, 5], time: '12:30' },
  };
  return planForBones(plan, profile, opts.locale);
}
