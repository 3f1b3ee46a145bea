import {
  type Checkin,
  countYesDays,
  lengthIn,
  type MeasureSummary,
  type ReportModel,
  summarizeMeasure,
  type Units,
  weightIn,
} from '@spinekind/core';
import type { ReportWords } from './i18n/index.js';

/** A summary with every value passed through `convert` (the days stay). */
const converted = (s: MeasureSummary, convert: (x: number) => number): MeasureSummary => ({
  mean: s.mean === null ? null : convert(s.mean),
  min: s.min === null ? null : convert(s.min),
  max: s.max === null ? null : convert(s.max),
  days: s.days,
});

/**
 * Sleep, mood, stress, hot flashes, stiffness, weight and waist over the range, each named in her language
 * with its unit; weight and waist in her units (stored in kg and cm). Measures she never logged are left out.
 */
export function reportMeasures(
  checkins: readonly Checkin[],
  units: Units,
  w: ReportWords,
): ReportModel['measures'] {
  const m = (key: string) => w.t(`measures.${key}`);
  return [
    {
      label: m('sleep'),
      unit: m('sleepUnit'),
      summary: summarizeMeasure(checkins, 'sleepHours'),
      decimals: 1,
    },
    {
      label: m('sleepQuality'),
      unit: m('outOf10'),
      summary: summarizeMeasure(checkins, 'sleepQuality'),
      decimals: 1,
    },
    {
      label: m('nightWakings'),
      unit: m('aNight'),
      summary: summarizeMeasure(checkins, 'nightWakings', 'sum'),
      decimals: 1,
    },
    { label: m('mood'), unit: m('outOf10'), summary: summarizeMeasure(checkins, 'mood'), decimals: 1 },
    { label: m('stress'), unit: m('outOf10'), summary: summarizeMeasure(checkins, 'stress'), decimals: 1 },
    {
      label: m('hotFlashes'),
      unit: m('aDay'),
      summary: summarizeMeasure(checkins, 'hotFlushes', 'sum'),
      decimals: 1,
    },
    {
      label: m('stiffness'),
      unit: m('minutes'),
      summary: summarizeMeasure(checkins, 'stiffnessMinutes'),
      decimals: 0,
    },
    {
      label: m('weight'),
      unit: m(units.weightUnit),
      summary: converted(summarizeMeasure(checkins, 'weightKg'), (kg) => weightIn(kg, units.weightUnit)),
      decimals: 1,
    },
    {
      label: m('waist'),
      unit: m(units.lengthUnit),
      summary: converted(summarizeMeasure(checkins, 'waistCm'), (cm) => lengthIn(cm, units.lengthUnit)),
      decimals: 1,
    },
  ].filter((s) => s.summary.days > 0);
}

/** Nights she was woken by pain and nights with sweats, of the nights she answered. */
export function reportYesDays(checkins: readonly Checkin[], w: ReportWords): ReportModel['yesDays'] {
  return [
    { label: w.t('measures.wokenByPain'), ...countYesDays(checkins, 'nightPain') },
    { label: w.t('measures.nightSweats'), ...countYesDays(checkins, 'nightSweats') },
  ].filter((y) => y.answered > 0);
}
