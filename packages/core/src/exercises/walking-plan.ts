import { daysBetween } from '../cycle/days.js';
import { localDateSchema } from '../date-schemas.js';

/** One week of the walking plan. */
export interface WalkingWeek {
  week: number;
  minutesPerDay: number;
  daysPerWeek: number;
  note: string;
}

/**
 * Eight weeks from 10 to 30 minutes a day, a few minutes more each week, on three days at first
 * and five by the end. Gradual build-up towards 30 minutes on five days a week follows the
 * WalkBack trial's individualised, progressive programme (Pocovi et al., Lancet 2024; grade B),
 * which took six months to get there; people who need longer simply repeat a week.
 */
export const walkingPlan: readonly WalkingWeek[] = [
  {
    week: 1,
    minutesPerDay: 10,
    daysPerWeek: 3,
    note: 'Easy pace. Notice how your back feels the next morning.',
  },
  {
    week: 2,
    minutesPerDay: 12,
    daysPerWeek: 4,
    note: 'Add a day. Keep the pace comfortable enough to talk.',
  },
  {
    week: 3,
    minutesPerDay: 15,
    daysPerWeek: 4,
    note: 'A little longer. Split it into two walks if that suits you better.',
  },
  {
    week: 4,
    minutesPerDay: 18,
    daysPerWeek: 5,
    note: 'Five days now. Try a brisker few minutes in the middle.',
  },
  {
    week: 5,
    minutesPerDay: 20,
    daysPerWeek: 5,
    note: 'Hold steady if last week felt like plenty; there is no rush.',
  },
  { week: 6, minutesPerDay: 24, daysPerWeek: 5, note: 'Mostly brisk, with an easy start and finish.' },
  { week: 7, minutesPerDay: 27, daysPerWeek: 5, note: 'Find a route you enjoy, or walk with someone.' },
  { week: 8, minutesPerDay: 30, daysPerWeek: 5, note: 'Thirty minutes on five days: a habit worth keeping.' },
];

/** Days in the whole plan (8 weeks). */
export const walkingPlanDays = walkingPlan.length * 7;

/**
 * The plan's week and daily minutes on `date` for a plan started on `startDate` (both
 * `YYYY-MM-DD`): day 0–6 is week 1, day 7 week 2, … day 55 week 8. Before the start, after the
 * eighth week, or with a date that does not exist, there is no plan day: `null`.
 */
export function walkingMinutesFor(startDate: string, date: string): { week: number; minutes: number } | null {
  if (!localDateSchema.safeParse(startDate).success || !localDateSchema.safeParse(date).success) return null;
  const day = daysBetween(startDate, date);
  if (day < 0 || day >= walkingPlanDays) return null;
  const plan = walkingPlan[Math.floor(day / 7)];
  return plan ? { week: plan.week, minutes: plan.minutesPerDay } : null;
}
