import { type DailyMetric, lengthIn, symptomKeys, weightIn } from '@spinekind/core';
import i18next, { type TFunction } from 'i18next';
import { localeOf } from '../../lib/format';
import type { Units } from '../checkins/form/state';

/** A number in the language on screen ("8,412" / "8.412"), up to `digits` decimals. */
const number = (n: number, digits = 0) =>
  n.toLocaleString(localeOf(i18next.language), { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/**
 * One day's imported values in words: "8,412 steps, slept 6.5 h, weight 68.2 kg, lower back pain
 * (moderate)". Symptoms at level 1 (present or mild) are named alone; "not present" is left out.
 * Weight and waist are stored metric and shown in her units.
 */
export function describeImportedDay(
  items: readonly DailyMetric[],
  t: TFunction,
  units: Units = { weight: 'kg', length: 'cm' },
): string {
  const by = new Map(items.map((m) => [m.metric, m.value]));
  const parts: string[] = [];
  const steps = by.get('steps');
  if (steps !== undefined) parts.push(t('imported.steps', { count: steps, formatted: number(steps) }));
  const sleep = by.get('sleepHours');
  if (sleep !== undefined) parts.push(t('imported.sleep', { hours: number(sleep, 1) }));
  const weight = by.get('weightKg');
  if (weight !== undefined)
    parts.push(
      t('imported.weight', { value: number(weightIn(weight, units.weight), 1), unit: units.weight }),
    );
  const waist = by.get('waistCm');
  if (waist !== undefined)
    parts.push(t('imported.waist', { value: number(lengthIn(waist, units.length), 1), unit: units.length }));
  const water = by.get('waterGlasses');
  if (water !== undefined) parts.push(t('imported.water', { count: water }));
  const mood = by.get('moodRating');
  if (mood !== undefined) parts.push(t('imported.moodRating', { value: number(mood, 1) }));
  const energy = by.get('energyRating');
  if (energy !== undefined) parts.push(t('imported.energyRating', { value: number(energy, 1) }));
  const flushes = by.get('hotFlushes');
  if (flushes !== undefined)
    parts.push(flushes === 0 ? t('imported.noHotFlushes') : t('imported.hotFlushes', { count: flushes }));
  // In the order of `symptomKeys`: back pain first.
  for (const key of symptomKeys) {
    const level = by.get(`symptom:${key}`);
    if (!level) continue;
    const name = t(`imported.symptoms.${key}`);
    parts.push(
      level >= 2 ? t('imported.symptomLevel', { name, level: t(`imported.levels.${level}`) }) : name,
    );
  }
  return parts.join(', ');
}

/** Imported values grouped by day, newest first. */
export function byDay(items: readonly DailyMetric[]): [string, DailyMetric[]][] {
  const days = new Map<string, DailyMetric[]>();
  for (const m of items) {
    const list = days.get(m.localDate);
    if (list) list.push(m);
    else days.set(m.localDate, [m]);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? 1 : -1));
}

/** One day's imported values grouped by the app they came from, in the order they first appear. */
export function bySource(items: readonly DailyMetric[]): [DailyMetric['source'], DailyMetric[]][] {
  const sources = new Map<DailyMetric['source'], DailyMetric[]>();
  for (const m of items) {
    const list = sources.get(m.source);
    if (list) list.push(m);
    else sources.set(m.source, [m]);
  }
  return [...sources.entries()];
}
