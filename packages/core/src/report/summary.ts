import { type BodyArea, bodyAreas, type PainQuality, painQualities } from '../checkins/body-areas.js';
import type { Checkin } from '../checkins/schema.js';
import { daysBetween } from '../cycle/days.js';
import { weeklyPlanSchema } from '../exercises/plan.js';

/** A measure over the days it was logged: daily values first (mean or sum of the day), then their spread. */
export interface MeasureSummary {
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Days with a value. */
  days: number;
}

type NumericField = {
  [K in keyof Checkin]: Checkin[K] extends number | null ? K : never;
}[keyof Checkin];

/** Daily values of a numeric field (several check-ins a day: counts are summed, the rest averaged). */
function dailyValues(checkins: readonly Checkin[], field: NumericField, combine: 'mean' | 'sum'): number[] {
  const byDay = new Map<string, number[]>();
  for (const c of checkins) {
    const v = c[field];
    if (typeof v === 'number') byDay.set(c.localDate, [...(byDay.get(c.localDate) ?? []), v]);
  }
  return [...byDay.values()].map((vs) => {
    const sum = vs.reduce((a, b) => a + b, 0);
    return combine === 'sum' ? sum : sum / vs.length;
  });
}

/** Mean, lowest and highest daily value and days logged; all null with no days. */
export function summarizeMeasure(
  checkins: readonly Checkin[],
  field: NumericField,
  combine: 'mean' | 'sum' = 'mean',
): MeasureSummary {
  const values = dailyValues(checkins, field, combine);
  if (!values.length) return { mean: null, min: null, max: null, days: 0 };
  return {
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
    days: values.length,
  };
}

/** Days on which a yes/no field was yes, and days it was answered at all. */
export function countYesDays(
  checkins: readonly Checkin[],
  field: 'nightPain' | 'nightSweats',
): { yes: number; answered: number } {
  const answered = new Map<string, boolean>();
  for (const c of checkins) {
    const v = c[field];
    if (typeof v === 'boolean') answered.set(c.localDate, (answered.get(c.localDate) ?? false) || v);
  }
  return { yes: [...answered.values()].filter(Boolean).length, answered: answered.size };
}

/** Days each body area was marked, most often first; areas never marked are left out. */
export function bodyAreaDays(checkins: readonly Checkin[]): { area: BodyArea; days: number }[] {
  const days = new Map<BodyArea, Set<string>>();
  for (const c of checkins)
    for (const area of c.bodyAreas ?? []) days.set(area, (days.get(area) ?? new Set()).add(c.localDate));
  return bodyAreas
    .filter((a) => days.has(a))
    .map((area) => ({ area, days: days.get(area)?.size ?? 0 }))
    .sort((a, b) => b.days - a.days);
}

/** Days each kind of pain was ticked, most often first; kinds never ticked are left out. */
export function painQualityDays(checkins: readonly Checkin[]): { quality: PainQuality; days: number }[] {
  const days = new Map<PainQuality, Set<string>>();
  for (const c of checkins)
    for (const q of c.painQualities ?? []) days.set(q, (days.get(q) ?? new Set()).add(c.localDate));
  return painQualities
    .filter((q) => days.has(q))
    .map((quality) => ({ quality, days: days.get(quality)?.size ?? 0 }))
    .sort((a, b) => b.days - a.days);
}

/** Distinct days with at least one check-in. */
export function daysLogged(checkins: readonly Checkin[]): number {
  return new Set(checkins.map((c) => c.localDate)).size;
}

export interface Adherence {
  sessions: number;
  /** Weeks in the range (days / 7, at least 1). */
  weeks: number;
  perWeek: number;
  /** Sessions a week in her plan; null without a plan. */
  plannedPerWeek: number | null;
}

/** Sessions a week over [from, to] against her weekly plan (`exercises/plan`): every planned day counts once. */
export function exerciseAdherence(
  sessionDates: readonly string[],
  from: string,
  to: string,
  plan?: unknown,
): Adherence {
  const sessions = sessionDates.filter((d) => d >= from && d <= to).length;
  const weeks = Math.max(1, (daysBetween(from, to) + 1) / 7);
  return { sessions, weeks, perWeek: sessions / weeks, plannedPerWeek: plannedPerWeek(plan) };
}

/** Planned sessions a week: each routine entry on each of its days, plus the walking days; null without a valid plan. */
function plannedPerWeek(plan: unknown): number | null {
  const parsed = weeklyPlanSchema.safeParse(plan);
  if (!parsed.success) return null;
  const { entries, walking } = parsed.data;
  const total = entries.reduce((n, e) => n + e.days.length, 0) + (walking?.days.length ?? 0);
  return total || null;
}
