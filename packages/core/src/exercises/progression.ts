import { addLocalDays } from '../breaks/zoned-time.js';
import type { Locale } from '../i18n/locales.js';
import type { Translate } from '../i18n/messages.js';
import { exerciseT } from './i18n/messages.js';
import { doseOf, type Library } from './library.js';
import type { SessionRating } from './session.js';
import type { Dose } from './types.js';

/*
 * The pain-monitoring ("traffic-light") model. Thomeé 1997 (patellofemoral pain) and
 * Silbernagel et al. 2007 (Am J Sports Med 35:897–906, RCT, Achilles tendinopathy, n = 38):
 * pain up to 5/10 during and right after exercise is acceptable, provided it has settled to
 * the usual level by the next morning; above that, the load is reduced. Grade B for tendon pain;
 * for back pain it is an extrapolation used in physiotherapy practice (grade D, indirect).
 */
export const PAIN_ACCEPTABLE_MAX = 5;
/** Check-ins before this local hour on the day after a session count as "next morning". */
export const MORNING_ENDS_HOUR = 12;
const USUAL_WINDOW_DAYS = 14;
const USUAL_MIN_CHECKINS = 3;

/** The parts of a session the model reads. */
export interface RatedSession {
  routineId: string;
  startedAt: string;
  localDate: string;
  painBefore: number;
  painAfter: number;
  rating: SessionRating;
}

/** The parts of a check-in the model reads: pain, and when (instant with offset, local date). */
export interface PainCheckin {
  recordedAt: string;
  localDate: string;
  pain: number;
}

export interface SessionJudgement {
  acceptable: boolean;
  painAfter: number;
  /** Pain at the first check-in before noon the day after, when there is one. */
  nextMorningPain: number | null;
  usualPain: number;
  /** Where the usual level came from. */
  usualFrom: 'given' | 'checkins' | 'pain_before';
}

export interface ProgressionSuggestion {
  exerciseId: string;
  /** Swap to this exercise (an easier or harder variant). */
  toExerciseId?: string;
  /** New repetitions per set. */
  reps?: number;
  /** New seconds per set, for timed exercises. */
  seconds?: number;
}

export interface RoutineAdvice {
  routineId: string;
  advice: 'step_back' | 'keep' | 'progress';
  /** One plain sentence saying why. */
  reason: string;
  suggestions: ProgressionSuggestion[];
  lastSessionDate: string;
  sessions: number;
}

export interface ProgressionOptions {
  /** The user's usual pain level; otherwise the median of check-ins in the 14 days before each session. */
  usualPain?: number;
  /** Fragile bones: never suggest a harder variant that is not bone-safe. */
  boneSafeOnly?: boolean;
  /** The language of the reasons (English unless given). */
  locale?: Locale;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Traffic light for one session: acceptable when pain after ≤ 5 and next-morning pain ≤ usual. */
export function judgeSession(
  session: RatedSession,
  checkins: readonly PainCheckin[],
  usualPain?: number,
): SessionJudgement {
  const nextDay = addLocalDays(session.localDate, 1);
  // The hour as written in the check-in's own offset, i.e. the user's wall clock.
  const morning = checkins
    .filter((c) => c.localDate === nextDay && Number(c.recordedAt.slice(11, 13)) < MORNING_ENDS_HOUR)
    .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  const nextMorningPain = morning[0]?.pain ?? null;

  let usual = usualPain;
  let usualFrom: SessionJudgement['usualFrom'] = 'given';
  if (usual === undefined) {
    const from = addLocalDays(session.localDate, -USUAL_WINDOW_DAYS);
    const before = checkins.filter((c) => c.localDate >= from && c.localDate < session.localDate);
    if (before.length >= USUAL_MIN_CHECKINS) {
      usual = median(before.map((c) => c.pain));
      usualFrom = 'checkins';
    } else {
      usual = session.painBefore;
      usualFrom = 'pain_before';
    }
  }
  const acceptable =
    session.painAfter <= PAIN_ACCEPTABLE_MAX && (nextMorningPain === null || nextMorningPain <= usual);
  return { acceptable, painAfter: session.painAfter, nextMorningPain, usualPain: usual, usualFrom };
}

function stepBackReason(j: SessionJudgement, t: Translate): string {
  if (j.painAfter > PAIN_ACCEPTABLE_MAX) return t('stepBackPainAfter', { painAfter: j.painAfter });
  return t('stepBackNextMorning', {
    nextMorningPain: j.nextMorningPain ?? undefined,
    usualPain: j.usualPain,
  });
}

const scaled = (dose: Dose, factor: number, up: boolean): Pick<ProgressionSuggestion, 'reps' | 'seconds'> => {
  if (dose.kind === 'reps') {
    const reps = up
      ? Math.max(dose.reps + 1, Math.round(dose.reps * factor))
      : Math.floor(dose.reps * factor);
    return { reps: Math.max(1, reps) };
  }
  const seconds = up
    ? Math.max(dose.seconds + 5, Math.round(dose.seconds * factor))
    : Math.floor(dose.seconds * factor);
  return { seconds: Math.max(5, seconds) };
};

function suggestionsFor(
  routineId: string,
  direction: 'easier' | 'harder',
  library: Library,
  boneSafeOnly: boolean,
): ProgressionSuggestion[] {
  const routine = library.routine(routineId);
  if (!routine) return [];
  const seen = new Set<string>();
  const out: ProgressionSuggestion[] = [];
  for (const item of routine.items) {
    if (seen.has(item.exerciseId)) continue;
    seen.add(item.exerciseId);
    const variantId = library.exercise(item.exerciseId)?.[direction];
    const variant = variantId ? library.exercise(variantId) : undefined;
    // An easier variant is always allowed; a harder one only if bones allow it.
    if (variant && (direction === 'easier' || !boneSafeOnly || variant.boneSafe === true)) {
      out.push({ exerciseId: item.exerciseId, toExerciseId: variant.id });
      continue;
    }
    const dose = doseOf(item, library);
    if (dose)
      out.push({
        exerciseId: item.exerciseId,
        ...scaled(dose, direction === 'easier' ? 0.7 : 1.2, direction === 'harder'),
      });
  }
  return out;
}

function adviseRoutine(
  routineId: string,
  history: RatedSession[],
  checkins: readonly PainCheckin[],
  library: Library,
  opts: ProgressionOptions,
): RoutineAdvice {
  const last = history[history.length - 1] as RatedSession;
  const base = { routineId, lastSessionDate: last.localDate, sessions: history.length };
  const judged = history.slice(-2).map((s) => ({ s, j: judgeSession(s, checkins, opts.usualPain) }));
  const latest = judged[judged.length - 1] as { s: RatedSession; j: SessionJudgement };
  const t = exerciseT(opts.locale);

  if (!latest.j.acceptable) {
    return {
      ...base,
      advice: 'step_back',
      reason: stepBackReason(latest.j, t),
      suggestions: suggestionsFor(routineId, 'easier', library, opts.boneSafeOnly ?? false),
    };
  }
  if (judged.length === 2 && judged.every(({ s, j }) => s.rating === 'too_easy' && j.acceptable)) {
    return {
      ...base,
      advice: 'progress',
      reason: t('progress'),
      suggestions: suggestionsFor(routineId, 'harder', library, opts.boneSafeOnly ?? false),
    };
  }
  const reason =
    latest.s.rating === 'too_hard'
      ? t('keepTooHard')
      : latest.s.rating === 'too_easy'
        ? t('keepTooEasy')
        : t('keepFine');
  return { ...base, advice: 'keep', reason, suggestions: [] };
}

/**
 * Advice per routine from the user's rated sessions and check-ins (next-morning pain),
 * most recently played routine first.
 */
export function progressionAdvice(
  sessions: readonly RatedSession[],
  checkins: readonly PainCheckin[],
  library: Library,
  opts: ProgressionOptions = {},
): RoutineAdvice[] {
  const byRoutine = new Map<string, RatedSession[]>();
  const ordered = [...sessions].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  for (const s of ordered) byRoutine.set(s.routineId, [...(byRoutine.get(s.routineId) ?? []), s]);
  return [...byRoutine.entries()]
    .map(([routineId, history]) => adviseRoutine(routineId, history, checkins, library, opts))
    .sort((a, b) => {
      const last = (r: RoutineAdvice) => Date.parse(byRoutine.get(r.routineId)?.at(-1)?.startedAt ?? '');
      return last(b) - last(a);
    });
}
