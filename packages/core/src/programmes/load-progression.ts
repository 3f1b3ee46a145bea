import {
  judgeSession,
  PAIN_ACCEPTABLE_MAX,
  type PainCheckin,
  type RatedSession,
} from '../exercises/progression.js';
import {
  type BandColour,
  bandColours,
  type ExerciseSet,
  type SessionExercise,
} from '../exercises/session.js';
import type { Locale } from '../i18n/locales.js';
import type { Translate } from '../i18n/messages.js';
import type { ProgrammeLoad } from './bone-health.js';
import { programmeT } from './i18n/index.js';

/** A session with the exercises she logged (sets with loads and RPE). */
export type LoggedSession = RatedSession & { exercises?: readonly SessionExercise[] | null };

/** Progress only when every set of the last two sessions felt at most this hard (RPE 0–10). */
export const PROGRESS_RPE_MAX = 7;
/** Next-morning pain this many points above her usual level means a step back. */
export const STEP_BACK_RISE = 2;
/** Repetitions a set goes up to before we suggest more load instead. */
const REPS_CEILING = 15;

export interface ExerciseAdvice {
  exerciseId: string;
  advice: 'progress' | 'keep' | 'step_back';
  /** One plain sentence saying why. */
  reason: string;
  /** What to do next time: repetitions per set and the load. */
  next: { reps: number | null; load: ProgrammeLoad | null };
  lastSessionDate: string;
  sessions: number;
}

const loadOf = (s: ExerciseSet): ProgrammeLoad | null =>
  s.loadKg !== undefined
    ? { loadKg: s.loadKg }
    : s.band
      ? { band: s.band }
      : s.bodyweight
        ? { bodyweight: true }
        : null;

const roundHalf = (kg: number) => Math.round(kg * 2) / 2;

type SetLike = { loadKg?: number | null; band?: BandColour | null; reps?: number | null };
const weight = (s: SetLike) => s.loadKg ?? (s.band ? bandColours.indexOf(s.band) / 10 : 0);
/** Orders sets heaviest first (kilograms, else the band's place), then by the most repetitions. */
export const heavierFirst = (a: SetLike, b: SetLike) =>
  weight(b) - weight(a) || (b.reps ?? 0) - (a.reps ?? 0);

/** The set that stands for the session: the heaviest, then the most repetitions. */
export function topSet<S extends SetLike>(sets: readonly S[]): S | undefined {
  return [...sets].sort(heavierFirst)[0];
}

function stepUp(set: ExerciseSet, t: Translate): ExerciseAdvice['next'] & { how: string } {
  const reps = set.reps ?? null;
  if (set.loadKg !== undefined && set.loadKg > 0) {
    // About 5 %, in half-kilo steps: small enough to keep the form, big enough to notice.
    const kg = Math.max(set.loadKg + 0.5, roundHalf(set.loadKg * 1.05));
    return { reps, load: { loadKg: kg }, how: t('howKg', { kg }) };
  }
  const band = set.band ? bandColours[bandColours.indexOf(set.band) + 1] : undefined;
  if (band) return { reps, load: { band }, how: t(`howBand.${band}`) };
  const more = Math.min(REPS_CEILING, (reps ?? 8) + 2);
  return {
    reps: more,
    load: loadOf(set),
    how: more === reps ? t('howLightWeight') : t('howReps', { count: more }),
  };
}

function stepDown(set: ExerciseSet, t: Translate): ExerciseAdvice['next'] & { how: string } {
  const reps = set.reps ?? null;
  if (set.loadKg !== undefined && set.loadKg > 0) {
    const kg = Math.max(0, roundHalf(set.loadKg * 0.9));
    return { reps, load: { loadKg: kg }, how: t('howKg', { kg }) };
  }
  if (set.band) {
    const lighter = bandColours[bandColours.indexOf(set.band) - 1];
    return lighter
      ? { reps, load: { band: lighter }, how: t(`howBand.${lighter}`) }
      : { reps, load: { bodyweight: true }, how: t('howNoBand') };
  }
  const fewer = Math.max(4, (reps ?? 8) - 2);
  return { reps: fewer, load: loadOf(set), how: t('howReps', { count: fewer }) };
}

const easyEnough = (sets: readonly ExerciseSet[]) =>
  sets.length > 0 && sets.every((s) => s.rpe !== undefined && s.rpe <= PROGRESS_RPE_MAX);

/**
 * Advice per exercise from the sets she logged, most recent first. The pain rule is the one of
 * `judgeSession` (pain-monitoring model, progression.ts): step back when pain after went above 5 or
 * next-morning pain rose 2 or more above her usual level; progress when the last two sessions of the
 * exercise were acceptable and every set felt 7/10 or easier; otherwise keep.
 */
export function exerciseProgression(
  sessions: readonly LoggedSession[],
  checkins: readonly PainCheckin[],
  locale: Locale = 'en',
): ExerciseAdvice[] {
  const t = programmeT(locale);
  const ordered = [...sessions].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const byExercise = new Map<string, { s: LoggedSession; sets: ExerciseSet[] }[]>();
  for (const s of ordered)
    for (const e of s.exercises ?? [])
      if (e.sets?.length)
        byExercise.set(e.exerciseId, [...(byExercise.get(e.exerciseId) ?? []), { s, sets: e.sets }]);

  const out: ExerciseAdvice[] = [];
  for (const [exerciseId, history] of byExercise) {
    const last = history.at(-1) as (typeof history)[number];
    const top = topSet(last.sets) as ExerciseSet;
    const base = { exerciseId, lastSessionDate: last.s.localDate, sessions: history.length };
    const judged = history.slice(-2).map((h) => ({ ...h, j: judgeSession(h.s, checkins) }));
    const latest = judged.at(-1) as (typeof judged)[number];
    const rise = latest.j.nextMorningPain === null ? null : latest.j.nextMorningPain - latest.j.usualPain;
    if (latest.j.painAfter > PAIN_ACCEPTABLE_MAX || (rise !== null && rise >= STEP_BACK_RISE)) {
      const { how, ...next } = stepDown(top, t);
      const reason =
        latest.j.painAfter > PAIN_ACCEPTABLE_MAX
          ? t('stepBackPainAfter', { pain: latest.j.painAfter, how })
          : t('stepBackMorning', { rise: rise ?? 0, how });
      out.push({
        ...base,
        advice: 'step_back',
        reason,
        next,
      });
      continue;
    }
    if (judged.length === 2 && judged.every((h) => h.j.acceptable && easyEnough(h.sets))) {
      const { how, ...next } = stepUp(top, t);
      out.push({
        ...base,
        advice: 'progress',
        reason: t('progress', { how }),
        next,
      });
      continue;
    }
    const reason = t(
      !latest.j.acceptable
        ? 'keepMorning'
        : !last.sets.every((s) => s.rpe !== undefined)
          ? 'keepLogEffort'
          : !easyEnough(last.sets)
            ? 'keepHard'
            : 'keepOneMore',
    );
    out.push({ ...base, advice: 'keep', reason, next: { reps: top.reps ?? null, load: loadOf(top) } });
  }
  return out.sort((a, b) => b.lastSessionDate.localeCompare(a.lastSessionDate));
}
