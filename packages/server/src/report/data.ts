import {
  type Adherence,
  addDays,
  bleedingEpisodes,
  bodyAreaDays,
  bodyAreaLabels,
  type Checkin,
  type CycleVariability,
  countYesDays,
  cyclesOf,
  cycleVariability,
  dailySeries,
  daysBetween,
  daysLogged,
  estimateStage,
  exerciseAdherence,
  type InstrumentResponse,
  insightsReport,
  instrumentById,
  type MeasureSummary,
  reasonLabels,
  type StageEstimate,
  summarizeMeasure,
  type TrendResult,
  treatmentKindLabels,
  trendInsights,
} from '@spinekind/core';
import { between } from 'drizzle-orm';
import { bleedingAnswerResource, loadBleedingInput } from '../bleeding/store.js';
import { resourceStore } from '../crud/store.js';
import type { UserScope } from '../db/scope.js';
import { exerciseSessions } from '../exercise/table.js';
import { loadInsightsInput } from '../insights/load.js';
import { responseResource } from '../instruments/store.js';
import { instrumentResponses } from '../instruments/table.js';
import { exercisePlans } from '../plan/table.js';
import { screeningResource } from '../screenings/store.js';
import { screenings } from '../screenings/table.js';
import { backgroundLines, selfReportBesideLog } from './background.js';
import { bleedingAfterMenopause, type ReportBleedingCheck, reportBleedingChecks } from './bleeding.js';
import { reportExperimentLines } from './experiments.js';
import { firstPerson, levelLabels } from './labels.js';

/** Everything the doctor report shows, as plain data; the PDF layout only draws it. */
export interface ReportModel {
  from: string;
  to: string;
  generatedOn: string;
  daysInRange: number;
  daysLogged: number;
  pain: MeasureSummary;
  painWorst: MeasureSummary;
  /** Daily pain from her first entry in the range (or the range start, if she logged before it) to its end. */
  series: { date: string; pain: number | null; mean7: number | null }[];
  /** Her background from her profile, one sentence each in her voice (age, bones, periods, HRT; never a dose). */
  background: string[];
  trend: Pick<TrendResult, 'status' | 'perMonth' | 'ciLow' | 'ciHigh' | 'sentence' | 'days'>;
  bodyAreas: { label: string; days: number }[];
  measures: { label: string; unit: string; summary: MeasureSummary; decimals: number }[];
  yesDays: { label: string; yes: number; answered: number }[];
  cycle: {
    stage: StageEstimate;
    periodsInRange: string[];
    variability: CycleVariability;
    /** Set while bleeding after menopause stands: the stage line gives way to it (bleeding-check §6.4). */
    bleedingHold: string | null;
    /** Her own account of her periods beside what the log shows, when the two meet. */
    selfReport: string | null;
  };
  /** Every run the bleeding check said should be checked (`soon`), this range and the last 12 months. */
  bleedingChecks: ReportBleedingCheck[];
  screenings: { date: string; level: string; urgent: boolean; reasons: string[] }[];
  treatments: { kind: string; name: string; startDate: string; endDate: string | null; current: boolean }[];
  adherence: Adherence | null;
  /** One line per questionnaire: how often, the first and the latest score, and the lowest and highest. */
  questionnaires: {
    name: string;
    count: number;
    maxScore: number;
    first: { date: string; total: number };
    latest: { date: string; total: number; band: string };
    low: number;
    high: number;
  }[];
  insights: { label: string; status: 'likely' | 'possible'; sentence: string }[];
  doctorQuestions: string | null;
  /** One line per experiment she finished in the range (issue #20). */
  experiments: string[];
}

/** Loads and summarises one user's diary over [from, to] for the report; `today` is her local date. */
export async function loadReport(
  scope: UserScope,
  from: string,
  to: string,
  today: string,
): Promise<ReportModel> {
  const [input, screened, responses, sessions, plans, bleeding, answers, experiments] = await Promise.all([
    loadInsightsInput(scope, from, to),
    resourceStore(screeningResource, scope).list(between(screenings.localDate, from, to)),
    resourceStore(responseResource, scope).list(between(instrumentResponses.localDate, from, to)),
    scope.db
      .select({ day: exerciseSessions.localDate })
      .from(exerciseSessions)
      .where(scope.where(exerciseSessions, between(exerciseSessions.localDate, from, to))),
    scope.db.select({ plan: exercisePlans.plan }).from(exercisePlans).where(scope.where(exercisePlans)),
    loadBleedingInput(scope, to),
    resourceStore(bleedingAnswerResource, scope).list(),
    reportExperimentLines(scope, from, to, today),
  ]);
  const { checkins: items, periods, treatments, profile } = input;
  const inRange: Checkin[] = items.filter((c) => c.localDate >= from);
  const { bleedingDays } = input;
  const insights = insightsReport(input);
  const trend = trendInsights(dailySeries(inRange, from, to));
  const episodes = bleedingEpisodes(periods, bleedingDays).filter((e) => e.start <= to);
  const plan = plans[0]?.plan;

  return {
    from,
    to,
    generatedOn: today,
    daysInRange: daysBetween(from, to) + 1,
    daysLogged: daysLogged(inRange),
    pain: summarizeMeasure(inRange, 'pain'),
    painWorst: summarizeMeasure(inRange, 'painWorst'),
    series: fromFirstEntry(trend.series.map(({ date, pain, mean7 }) => ({ date, pain, mean7 }))),
    background: backgroundLines(profile, to),
    trend: { ...insights.trend, sentence: firstPerson(insights.trend.sentence) },
    bodyAreas: bodyAreaDays(inRange).map(({ area, days }) => ({ label: bodyAreaLabels[area], days })),
    measures: [
      { label: 'Sleep', unit: 'h a night', summary: summarizeMeasure(inRange, 'sleepHours'), decimals: 1 },
      {
        label: 'Sleep quality',
        unit: '/ 10',
        summary: summarizeMeasure(inRange, 'sleepQuality'),
        decimals: 1,
      },
      {
        label: 'Night wakings',
        unit: 'a night',
        summary: summarizeMeasure(inRange, 'nightWakings', 'sum'),
        decimals: 1,
      },
      { label: 'Mood (10 = best)', unit: '/ 10', summary: summarizeMeasure(inRange, 'mood'), decimals: 1 },
      { label: 'Stress', unit: '/ 10', summary: summarizeMeasure(inRange, 'stress'), decimals: 1 },
      {
        label: 'Hot flashes',
        unit: 'a day',
        summary: summarizeMeasure(inRange, 'hotFlushes', 'sum'),
        decimals: 1,
      },
      {
        label: 'Morning stiffness',
        unit: 'min',
        summary: summarizeMeasure(inRange, 'stiffnessMinutes'),
        decimals: 0,
      },
    ].filter((m) => m.summary.days > 0),
    yesDays: [
      { label: 'Woken by pain', ...countYesDays(inRange, 'nightPain') },
      { label: 'Night sweats', ...countYesDays(inRange, 'nightSweats') },
    ].filter((y) => y.answered > 0),
    cycle: {
      stage: firstPersonStage(estimateStage({ episodes, profile, asOf: to })),
      periodsInRange: episodes.filter((e) => e.start >= from).map((e) => e.start),
      variability: cycleVariability(cyclesOf(episodes).filter((c) => c.start >= addDays(from, -365))),
      bleedingHold: bleedingAfterMenopause(bleeding, to),
      selfReport: selfReportBesideLog(profile, episodes.filter((e) => e.start >= from).length),
    },
    bleedingChecks: reportBleedingChecks(bleeding, answers, { from, to, today }),
    screenings: screened.map((s) => ({
      date: s.localDate,
      level: levelLabels[s.level],
      urgent: s.level !== 'self_care',
      reasons: s.reasons.map((r) => reasonLabels[r]),
    })),
    treatments: treatments
      .filter((t) => t.startDate <= to)
      .map((t) => ({
        kind: treatmentKindLabels[t.kind],
        name: t.name,
        startDate: t.startDate,
        endDate: t.endDate,
        current: t.endDate === null || t.endDate >= to,
      }))
      .sort((a, b) => Number(b.current) - Number(a.current) || b.startDate.localeCompare(a.startDate)),
    adherence:
      sessions.length || plan
        ? exerciseAdherence(
            sessions.map((s) => s.day),
            from,
            to,
            plan,
          )
        : null,
    questionnaires: questionnaireSummaries(responses),
    insights: insights.drivers
      .filter(
        (d): d is typeof d & { status: 'likely' | 'possible' } =>
          d.status === 'likely' || d.status === 'possible',
      )
      .slice(0, 4)
      .map((d) => ({ label: d.label, status: d.status, sentence: firstPerson(d.sentence) })),
    doctorQuestions: profile.doctorQuestions?.trim() || null,
    experiments,
  };
}

/** The chart starts at her first entry when that is later than the range start (no empty months before it). */
function fromFirstEntry<T extends { pain: number | null }>(series: T[]): T[] {
  const first = series.findIndex((d) => d.pain !== null);
  return first > 0 ? series.slice(first) : series;
}

function questionnaireSummaries(responses: readonly InstrumentResponse[]): ReportModel['questionnaires'] {
  const byInstrument = new Map<string, InstrumentResponse[]>();
  for (const r of responses) byInstrument.set(r.instrument, [...(byInstrument.get(r.instrument) ?? []), r]);
  return [...byInstrument.entries()].map(([id, list]) => {
    const first = list[0] as InstrumentResponse;
    const latest = list[list.length - 1] as InstrumentResponse;
    const totals = list.map((r) => r.score.total);
    const instrument = instrumentById(id);
    return {
      name: instrument?.name ?? id,
      count: list.length,
      maxScore: instrument?.maxScore ?? 0,
      first: { date: first.localDate, total: first.score.total },
      latest: { date: latest.localDate, total: latest.score.total, band: latest.band.label },
      low: Math.min(...totals),
      high: Math.max(...totals),
    };
  });
}

const firstPersonStage = (s: StageEstimate): StageEstimate => ({ ...s, basis: firstPerson(s.basis) });
