import {
  type Experiment,
  type ExperimentSwitchSource,
  experimentView,
  type Locale,
  type StoredExperiment,
} from '@spinekind/core';
import type { UserScope } from '../db/scope.js';
import { screeningsBetween } from '../screenings/store.js';
import { loadExperiments } from './store.js';

/** Her experiments as she sees them today, in her language: each with its status, pause and schedule so far. */
export async function experimentViews(
  scope: UserScope,
  stored: StoredExperiment[],
  today: string,
  locale: Locale,
): Promise<Experiment[]> {
  if (stored.length === 0) return [];
  const from = stored.map((e) => e.startDate).sort()[0] as string;
  const to = stored
    .map((e) => e.endDate)
    .sort()
    .at(-1) as string;
  const screenings = await screeningsBetween(scope, from, to);
  return stored.map((e) => experimentView(e, today, screenings, locale));
}

/**
 * What the experiment reminders read of her experiments on `today`: the status (with the red-flag pause),
 * the texts in her language, and the whole stored schedule (the reminders need the coming period starts).
 */
export async function experimentSwitchSources(
  scope: UserScope,
  today: string,
  locale: Locale,
): Promise<ExperimentSwitchSource[]> {
  const stored = await loadExperiments(scope);
  const views = await experimentViews(scope, stored, today, locale);
  return stored.map((e, i) => {
    const view = views[i] as Experiment;
    return {
      id: e.id,
      title: view.title,
      intervention: view.intervention,
      control: view.control,
      status: view.status,
      schedule: e.schedule,
    };
  });
}
