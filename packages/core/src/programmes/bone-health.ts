import { daysBetween } from '../cycle/days.js';
import { type LocalDate, localDateSchema } from '../date-schemas.js';
import { exerciseById } from '../exercises/catalogue.js';
import { BONE_ROUTINE_IDS } from '../exercises/routines-bones.js';
import type { BandColour } from '../exercises/session.js';
import { WALKING_ROUTINE_ID } from '../exercises/walking.js';
import { walkingMinutesFor, walkingPlan } from '../exercises/walking-plan.js';
import type { Locale } from '../i18n/locales.js';
import { adaptBoneProgramme, type BoneProfile, type ProgrammeKind } from './adapt.js';
import { programmeT } from './i18n/index.js';

/** A load to use: kilograms, a band colour, or her own body weight. */
export interface ProgrammeLoad {
  loadKg?: number;
  band?: BandColour;
  bodyweight?: true;
}

/** One exercise of a day's block: sets of repetitions (or seconds), each side when `perSide`. */
export interface ProgrammeItem {
  exerciseId: string;
  sets: number;
  reps: number | null;
  seconds: number | null;
  perSide: boolean;
  load: ProgrammeLoad | null;
}

export interface ProgrammeBlock {
  kind: ProgrammeKind;
  routineId: string;
  items: ProgrammeItem[];
  why: string;
}

export const BONE_PROGRAMME_ID = 'bone-health';
export const BONE_PROGRAMME_WEEKS = 12;

/** Said with the programme wherever it is shown (English; `boneProgrammeNoteIn` for her language). */
export const BONE_PROGRAMME_NOTE =
  'This programme never replaces a plan from your doctor or physiotherapist. Show it to a physiotherapist if you can: they can check your technique and adjust it for you.';

type Row = readonly [exerciseId: string, sets: number, repsOrSeconds: number, unit?: 'reps' | 'seconds'];

const item = (
  [exerciseId, sets, amount, unit = 'reps']: Row,
  load: ProgrammeLoad | null = null,
): ProgrammeItem => ({
  exerciseId,
  sets,
  reps: unit === 'reps' ? amount : null,
  seconds: unit === 'seconds' ? amount : null,
  perSide: exerciseById(exerciseId)?.dose.perSide ?? false,
  load,
});

/*
 * Strength: 2 days a week while she learns the moves, then 3 (Brooke-Wavell et al. 2022: muscle
 * strengthening on 2–3 days a week; Giangregorio et al., Osteoporos Int 2014: resistance training at
 * least twice a week). Effort rises by phase; LIFTMOR (Watson et al., J Bone Miner Res 2018) used 5 × 5
 * at over 85 % of maximum, but supervised, so we stop at "hard, 7–8 out of 10" at home.
 */
const STRENGTH_PHASES: { until: number; days: number[]; rows: Row[] }[] = [
  {
    until: 4,
    days: [0, 3],
    rows: [
      ['sit-to-stand', 2, 10],
      ['standing-hip-hinge', 2, 10],
      ['step-up', 2, 8],
      ['band-row', 2, 12],
      ['wall-push-up', 2, 10],
      ['calf-raise', 2, 12],
      ['prone-back-extension', 2, 8],
    ],
  },
  {
    until: 8,
    days: [0, 2, 4],
    rows: [
      ['sit-to-stand', 3, 10],
      ['standing-hip-hinge', 3, 10],
      ['step-up', 3, 8],
      ['band-row', 3, 10],
      ['overhead-press', 3, 10],
      ['calf-raise', 3, 12],
      ['prone-back-extension', 3, 8],
    ],
  },
  {
    until: 12,
    days: [0, 2, 4],
    rows: [
      ['sit-to-stand', 3, 8],
      ['standing-hip-hinge', 3, 8],
      ['step-up', 3, 8],
      ['band-row', 3, 8],
      ['overhead-press', 3, 8],
      ['calf-raise', 3, 12],
      ['prone-back-extension', 3, 10],
    ],
  },
];

/** First-phase loads: body weight, and the lightest band for rows. */
const START_LOAD: Record<string, ProgrammeLoad> = { 'band-row': { band: 'yellow' } };

/** Impact days (days 0–4 of each programme week: "most days"). */
const IMPACT_DAYS = [0, 1, 2, 3, 4];
/** The impact ladder, one row per week: heel drops → stamping → marching → low jumps → hops, ~50 impacts at the top. */
const IMPACT_LADDER: Row[][] = [
  [['heel-drop', 2, 10]],
  [['heel-drop', 3, 10]],
  [['stamping', 3, 5]],
  [['stamping', 4, 5]],
  [['marching-on-the-spot', 2, 10]],
  [['marching-on-the-spot', 2, 12]],
  [
    ['low-jump', 2, 10],
    ['heel-drop', 3, 10],
  ],
  [
    ['low-jump', 3, 10],
    ['heel-drop', 2, 10],
  ],
  [['low-jump', 5, 10]],
  [
    ['hop', 2, 5],
    ['low-jump', 3, 10],
  ],
  [
    ['hop', 3, 5],
    ['low-jump', 2, 10],
  ],
  [
    ['hop', 2, 10],
    ['low-jump', 1, 10],
  ],
];

/** The balance ladder, daily (Giangregorio et al. 2014: balance training daily). */
const BALANCE_LADDER: Row[][] = [
  [['tandem-stance', 2, 20, 'seconds']],
  [['tandem-stance', 2, 20, 'seconds']],
  [['tandem-stance', 2, 30, 'seconds']],
  [['tandem-stance', 2, 30, 'seconds']],
  [['single-leg-stance', 2, 15, 'seconds']],
  [['single-leg-stance', 2, 20, 'seconds']],
  [['single-leg-stance', 2, 30, 'seconds']],
  [['single-leg-stance', 2, 30, 'seconds']],
  [
    ['heel-to-toe-walk', 2, 10],
    ['single-leg-stance', 1, 30, 'seconds'],
  ],
  [
    ['heel-to-toe-walk', 2, 10],
    ['single-leg-stance', 1, 30, 'seconds'],
  ],
  [
    ['heel-to-toe-walk', 3, 10],
    ['single-leg-stance', 2, 30, 'seconds'],
  ],
  [
    ['heel-to-toe-walk', 3, 10],
    ['single-leg-stance', 2, 30, 'seconds'],
  ],
];

/** "Straight": upright posture and the back extensors, on the days without strength work. */
const POSTURE_ROWS: Row[] = [
  ['standing-back-extension', 1, 8],
  ['wall-angel', 1, 8],
  ['chin-tuck', 1, 8],
];

/** Impacts in one block: every landing or stamp counted (both sides when per side). */
export function impactCount(items: readonly ProgrammeItem[]): number {
  return items.reduce((n, i) => n + i.sets * (i.reps ?? 0) * (i.perSide ? 2 : 1), 0);
}

/** The programme week (1–12) that `date` falls in for a programme started on `startDate`, else `null`. */
export function programmeWeek(startDate: LocalDate, date: LocalDate): number | null {
  if (!localDateSchema.safeParse(startDate).success || !localDateSchema.safeParse(date).success) return null;
  const day = daysBetween(startDate, date);
  if (day < 0 || day >= BONE_PROGRAMME_WEEKS * 7) return null;
  return Math.floor(day / 7) + 1;
}

const phaseOf = (week: number) => STRENGTH_PHASES.find((p) => week <= p.until) ?? STRENGTH_PHASES[2];

/**
 * One day of the programme (`week` 1–12, `dayOfWeek` 0–6 counted from the start day): its blocks,
 * adapted to her profile. `loads` are the loads to suggest per exercise (her progression), else the
 * starting ones.
 */
export function boneProgrammeDay(
  profile: BoneProfile,
  week: number,
  dayOfWeek: number,
  opts: {
    startDate?: LocalDate;
    date?: LocalDate;
    loads?: ReadonlyMap<string, ProgrammeLoad>;
    /** The language of every `why` (English by default). */
    locale?: Locale;
  } = {},
): ProgrammeBlock[] {
  const t = programmeT(opts.locale ?? 'en');
  const adapted = adaptBoneProgramme(profile, opts.locale);
  const phase = phaseOf(week) as (typeof STRENGTH_PHASES)[number];
  const phaseIndex = STRENGTH_PHASES.indexOf(phase);
  const strengthDay = phase.days.includes(dayOfWeek);
  const blocks: ProgrammeBlock[] = [];
  if (strengthDay) {
    const load = (id: string) => opts.loads?.get(id) ?? START_LOAD[id] ?? { bodyweight: true as const };
    blocks.push({
      kind: 'strength',
      routineId: BONE_ROUTINE_IDS.strength,
      items: phase.rows.map((r) => item(r, load(r[0]))),
      why: t('strengthWhy', { week, why: t(`strengthPhase.${phaseIndex}`) }),
    });
  }
  if (IMPACT_DAYS.includes(dayOfWeek)) {
    if (adapted.impact) {
      const items = (IMPACT_LADDER[week - 1] ?? []).map((r) => item(r));
      blocks.push({
        kind: 'impact',
        routineId: BONE_ROUTINE_IDS.impact,
        items,
        why: t('impactWhy', { week, count: impactCount(items) }),
      });
    } else {
      const walk =
        opts.startDate && opts.date ? walkingMinutesFor(opts.startDate, opts.date)?.minutes : undefined;
      const minutes = walk ?? walkingPlan.at(-1)?.minutesPerDay ?? 30;
      blocks.push({
        kind: 'walking',
        routineId: WALKING_ROUTINE_ID,
        items: [item(['brisk-walk', 1, minutes * 60, 'seconds'])],
        why: adapted.kinds.find((k) => k.kind === 'impact')?.reason ?? '',
      });
    }
  }
  blocks.push({
    kind: 'balance',
    routineId: BONE_ROUTINE_IDS.balance,
    items: (BALANCE_LADDER[week - 1] ?? []).map((r) => item(r)),
    why: t('balanceWhy'),
  });
  if (!strengthDay || profile.vertebralFracture === 'yes')
    blocks.push({
      kind: 'posture',
      routineId: BONE_ROUTINE_IDS.posture,
      items: POSTURE_ROWS.map((r) => item(r)),
      why: t('postureWhy'),
    });
  return blocks;
}

/** The blocks of `date` for a programme started on `startDate`, or `[]` outside the 12 weeks. */
export function boneProgrammeToday(
  profile: BoneProfile,
  startDate: LocalDate,
  date: LocalDate,
  loads?: ReadonlyMap<string, ProgrammeLoad>,
  locale: Locale = 'en',
): { week: number | null; blocks: ProgrammeBlock[] } {
  const week = programmeWeek(startDate, date);
  if (week === null) return { week, blocks: [] };
  const dayOfWeek = daysBetween(startDate, date) % 7;
  return { week, blocks: boneProgrammeDay(profile, week, dayOfWeek, { startDate, date, loads, locale }) };
}
