import type { Checkin } from '../checkins/schema.js';
import { localDateOf } from '../dates.js';
import type { Locale } from '../i18n/locales.js';
import { analyseExperiment, EXPERIMENT_MODEL } from './analysis.js';
import type { ExperimentResult, ExperimentToday } from './api.js';
import {
  experimentPause,
  experimentStatus,
  type PauseScreening,
  scheduledDay,
  visibleSchedule,
} from './design.js';
import { templateTranslations } from './i18n/templates.js';
import { dailyOutcome, lowerIsBetter, outcomeWords, resultSentence } from './outcome.js';
import type { Experiment, StoredExperiment } from './schema.js';
import { experimentTemplateById } from './templates.js';

/**
 * A stored experiment as she sees it on `today`: status, pause and the schedule so far. A ready-made one
 * reads in her language (its texts were stored in English); her own stays in her words.
 */
export function experimentView(
  stored: StoredExperiment,
  today: string,
  screenings: readonly PauseScreening[],
  locale: Locale = 'en',
): Experiment {
  const pausedBy = experimentPause(screenings, stored.startDate, stored.endDate);
  const status = experimentStatus(stored, today, pausedBy);
  const lessonId = stored.templateId ? (experimentTemplateById(stored.templateId)?.lessonId ?? null) : null;
  const translated =
    stored.templateId && locale !== 'en' ? templateTranslations[locale][stored.templateId] : undefined;
  return {
    ...stored,
    ...translated,
    status,
    schedule: visibleSchedule(stored.schedule, status, today),
    pausedBy: status === 'paused' ? pausedBy : null,
    lessonId,
  };
}

/** Today's condition and what to do, or undefined when today is outside a running experiment. */
export function experimentToday(
  stored: StoredExperiment,
  view: Experiment,
  today: string,
): ExperimentToday | undefined {
  if (view.status !== 'running') return undefined;
  const slot = scheduledDay(stored.schedule, stored.washoutDays, today);
  if (!slot) return undefined;
  const followed = stored.adherence.find((a) => a.date === today)?.followed ?? null;
  // From the view: a ready-made experiment's instructions in her language.
  const instructions = slot.condition === 'intervention' ? view.intervention : view.control;
  return { date: today, condition: slot.condition, instructions, washout: slot.washout, followed };
}

/** The day the first result is ready: the day after the first pair ends. */
export const firstResultDate = (stored: StoredExperiment): string | undefined => stored.schedule[1]?.end;

/**
 * The result on `today`, or undefined before the first pair is over. A stopped experiment is read up to
 * the day it stopped (UTC date of the stop), a running one up to today, a finished one to its last day.
 */
export function experimentResult(
  stored: StoredExperiment,
  view: Experiment,
  today: string,
  checkins: readonly Checkin[],
  trackerName?: string,
  locale: Locale = 'en',
): ExperimentResult | undefined {
  const ready = firstResultDate(stored);
  if (!ready || today <= ready) return undefined;
  const stoppedOn = stored.stoppedAt ? localDateOf(stored.stoppedAt) : undefined;
  const through = [today, stored.endDate, ...(stoppedOn ? [stoppedOn] : [])].sort()[0] as string;
  const analysis = analyseExperiment({
    schedule: stored.schedule,
    washoutDays: stored.washoutDays,
    adherence: stored.adherence,
    outcome: dailyOutcome(checkins, stored.outcome),
    through,
    lowerIsBetter: lowerIsBetter(stored.outcome),
  });
  const interim = view.status !== 'done' && view.status !== 'stopped';
  return {
    status: interim ? 'interim' : 'final',
    ...analysis,
    sentence: resultSentence(analysis, outcomeWords(stored.outcome, trackerName, locale), interim, locale),
    model: EXPERIMENT_MODEL,
  };
}
