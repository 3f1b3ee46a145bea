import type { CycleVariability } from '../cycle/episodes.js';
import type { StageEstimate } from '../cycle/stage.js';
import type { TrendResult } from '../insights/trend.js';
import type { Adherence, MeasureSummary } from './summary.js';

/** One bleeding run the app asked her to have checked (spec bleeding-check §6.5), as the report prints it. */
export interface ReportBleedingCheck {
  runStart: string;
  runEnd: string;
  /** "Bleeding on 3 Mar–5 Mar 2026 after 12 months without periods: the app advised …" (never a diagnosis). */
  sentence: string;
  /** Her "I have booked" answer for that run, as her local date, or null. */
  bookedOn: string | null;
}

/** Everything the doctor report shows, as plain data (server `report/data.ts` loads it; the PDF and the share page draw it). */
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
  /** Her scores per area (mean over the days she scored it), highest first; empty before she scores any. */
  areaScores: { label: string; days: number; mean: number | null }[];
  /** How the pain felt: days each kind was ticked. */
  painQualities: { label: string; days: number }[];
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
  /** Every run the bleeding check said should be checked (`soon`): this range (and, in her own report, the last 12 months). */
  bleedingChecks: ReportBleedingCheck[];
  screenings: { date: string; level: string; urgent: boolean; reasons: string[] }[];
  treatments: { kind: string; name: string; startDate: string; endDate: string | null; current: boolean }[];
  adherence: Adherence | null;
  /** One line per questionnaire: how often, the first and the latest score, the lowest and highest, and every score. */
  questionnaires: {
    id: string;
    name: string;
    count: number;
    maxScore: number;
    first: { date: string; total: number };
    latest: { date: string; total: number; band: string };
    low: number;
    high: number;
    points: { date: string; total: number }[];
  }[];
  insights: { label: string; status: 'likely' | 'possible'; sentence: string }[];
  doctorQuestions: string | null;
  /** One line per experiment she finished in the range (issue #20). */
  experiments: string[];
  /** Her check-in notes in the range, only when asked for (a share link with "include notes"). */
  notes?: { date: string; text: string }[];
}
