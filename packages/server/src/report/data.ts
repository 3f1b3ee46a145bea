import {
  addDays,
  bandIn,
  bleedingEpisodes,
  bodyAreaDays,
  bodyAreaLabelsIn,
  type Checkin,
  cyclesOf,
  cycleVariability,
  dailySeries,
  daysBetween,
  daysLogged,
  estimateStage,
  exerciseAdherence,
  type InstrumentId,
  type InstrumentResponse,
  insightsReport,
  instrumentById,
  type Locale,
  painQualityDays,
  painQualityLabelsIn,
  type ReportModel,
  type StageEstimate,
  summarizeMeasure,
  trendInsights,
  unitsOf,
} from '@spinekind/core';
import { bleedingAnswerResource, loadBleedingInput } from '../bleeding/store.js';
import { resourceStore } from '../crud/store.js';
import type { UserScope } from '../db/scope.js';
import { sessionsBetween } from '../exercise/store.js';
import { loadInsightsInput } from '../insights/load.js';
import { responsesBetween } from '../instruments/store.js';
import { loadPlan } from '../plan/store.js';
import { screeningsBetween } from '../screenings/store.js';
import { backgroundLines, selfReportBesideLog } from './background.js';
import { bleedingAfterMenopause, reportBleedingChecks } from './bleeding.js';
import { reportExperimentLines } from './experiments.js';
import { reportWords } from './i18n/index.js';
import { firstPerson, questionnaireNameFor, reasonLabelsFor, treatmentKindLabelsFor } from './labels.js';
import { reportMeasures, reportYesDays } from './measures.js';

export type { ReportModel } from '@spinekind/core';

/** What a share link may differ in from her own report. */
export interface ReportOptions {
  /** Her check-in notes in the range (a share link whose owner ticked "include notes"). */
  notes?: boolean;
  /**
   * Only the range itself: cycle variability from cycles starting in it and bleeding checks within it
   * (her own report also looks back 12 months; a share link shows nothing from outside its dates).
   */
  rangeOnly?: boolean;
  /** The language of every text in it (her profile's, or the reader's `Accept-Language`); English by default. */
  locale?: Locale;
  /** Her browser's first language tag (`en-US`): its region picks weight and waist units she has not chosen. */
  languageTag?: string;
}

/**
 * Loads and summarises one user's diary over [from, to] for the report, every text in `options.locale`;
 * `today` is her local date.
 */
export async function loadReport(
  scope: UserScope,
  from: string,
  to: string,
  today: string,
  options: ReportOptions = {},
): Promise<ReportModel> {
  const locale = options.locale ?? 'en';
  const w = reportWords(locale);
  const [input, screened, responses, sessions, plan, bleeding, answers, experiments] = await Promise.all([
    loadInsightsInput(scope, from, to),
    screeningsBetween(scope, from, to),
    responsesBetween(scope, from, to),
    sessionsBetween(scope, from, to),
    loadPlan(scope),
    loadBleedingInput(scope, to),
    resourceStore(bleedingAnswerResource, scope).list(),
    reportExperimentLines(scope, { from, to, today }, w),
  ]);
  const { checkins: items, periods, treatments, profile } = input;
  const inRange: Checkin[] = items.filter((c) => c.localDate >= from);
  const { bleedingDays } = input;
  const insights = insightsReport({ ...input, locale });
  const trend = trendInsights(dailySeries(inRange, from, to));
  const episodes = bleedingEpisodes(periods, bleedingDays).filter((e) => e.start <= to);
  const areaNames = bodyAreaLabelsIn(locale);
  const reasons = reasonLabelsFor(locale);
  const kinds = treatmentKindLabelsFor(locale);

  return {
    from,
    to,
    generatedOn: today,
    daysInRange: daysBetween(from, to) + 1,
    daysLogged: daysLogged(inRange),
    pain: summarizeMeasure(inRange, 'pain'),
    painWorst: summarizeMeasure(inRange, 'painWorst'),
    series: fromFirstEntry(trend.series.map(({ date, pain, mean7 }) => ({ date, pain, mean7 }))),
    background: backgroundLines(profile, to, w),
    trend: { ...insights.trend, sentence: firstPerson(insights.trend.sentence, locale) },
    bodyAreas: bodyAreaDays(inRange).map(({ area, days }) => ({ label: areaNames[area], days })),
    areaScores: insights.areas.areas.map(({ area, days, mean }) => ({ label: areaNames[area], days, mean })),
    painQualities: painQualityDays(inRange).map(({ quality, days }) => ({
      label: painQualityLabelsIn(locale)[quality],
      days,
    })),
    measures: reportMeasures(inRange, unitsOf(profile, options.languageTag), w),
    yesDays: reportYesDays(inRange, w),
    cycle: {
      stage: firstPersonStage(estimateStage({ episodes, profile, asOf: to, locale }), locale),
      periodsInRange: episodes.filter((e) => e.start >= from).map((e) => e.start),
      variability: cycleVariability(
        cyclesOf(episodes).filter((c) => c.start >= (options.rangeOnly ? from : addDays(from, -365))),
      ),
      bleedingHold: bleedingAfterMenopause(bleeding, to, w),
      selfReport: selfReportBesideLog(profile, episodes.filter((e) => e.start >= from).length, w),
    },
    bleedingChecks: reportBleedingChecks(bleeding, answers, { from, to, today }, w).filter(
      (c) => !options.rangeOnly || (c.runEnd >= from && c.runStart <= to),
    ),
    screenings: screened.map((s) => ({
      date: s.localDate,
      level: w.t(`levels.${s.level}`),
      urgent: s.level !== 'self_care',
      reasons: s.reasons.map((r) => reasons[r]),
    })),
    treatments: treatments
      .filter((t) => t.startDate <= to)
      .map((t) => ({
        kind: kinds[t.kind],
        name: t.name,
        startDate: t.startDate,
        endDate: t.endDate,
        current: t.endDate === null || t.endDate >= to,
      }))
      .sort((a, b) => Number(b.current) - Number(a.current) || b.startDate.localeCompare(a.startDate)),
    adherence:
      sessions.length || plan
        ? exerciseAdherence(
            sessions.map((s) => s.localDate),
            from,
            to,
            plan,
          )
        : null,
    questionnaires: questionnaireSummaries(responses, locale),
    insights: insights.drivers
      .filter(
        (d): d is typeof d & { status: 'likely' | 'possible' } =>
          d.status === 'likely' || d.status === 'possible',
      )
      .slice(0, 4)
      .map((d) => ({ label: d.label, status: d.status, sentence: firstPerson(d.sentence, locale) })),
    doctorQuestions: profile.doctorQuestions?.trim() || null,
    ...(options.notes ? { notes: notesOf(inRange) } : {}),
    experiments,
  };
}

/** The chart starts at her first entry when that is later than the range start (no empty months before it). */
function fromFirstEntry<T extends { pain: number | null }>(series: T[]): T[] {
  const first = series.findIndex((d) => d.pain !== null);
  return first > 0 ? series.slice(first) : series;
}

function questionnaireSummaries(
  responses: readonly InstrumentResponse[],
  locale: Locale,
): ReportModel['questionnaires'] {
  const byInstrument = new Map<string, InstrumentResponse[]>();
  for (const r of responses) byInstrument.set(r.instrument, [...(byInstrument.get(r.instrument) ?? []), r]);
  return [...byInstrument.entries()].map(([id, list]) => {
    const first = list[0] as InstrumentResponse;
    const latest = list[list.length - 1] as InstrumentResponse;
    const totals = list.map((r) => r.score.total);
    const instrument = instrumentById(id);
    return {
      id,
      name: questionnaireNameFor(id, locale),
      count: list.length,
      maxScore: instrument?.maxScore ?? 0,
      first: { date: first.localDate, total: first.score.total },
      latest: {
        date: latest.localDate,
        total: latest.score.total,
        band: instrument ? bandIn(id as InstrumentId, latest.band, locale).label : latest.band.label,
      },
      low: Math.min(...totals),
      high: Math.max(...totals),
      points: list.map((r) => ({ date: r.localDate, total: r.score.total })),
    };
  });
}

/** Her check-in notes, oldest first (blank ones left out). */
function notesOf(checkins: readonly Checkin[]): NonNullable<ReportModel['notes']> {
  return checkins.flatMap((c) => (c.notes?.trim() ? [{ date: c.localDate, text: c.notes.trim() }] : []));
}

const firstPersonStage = (s: StageEstimate, locale: Locale): StageEstimate => ({
  ...s,
  basis: firstPerson(s.basis, locale),
});
