import { experimentResult, experimentView, localDateOf } from '@spinekind/core';
import { checkinsBetween } from '../checkins/store.js';
import type { UserScope } from '../db/scope.js';
import { loadExperiments } from '../experiments/store.js';
import { screeningsBetween } from '../screenings/store.js';
import type { ReportWords } from './i18n/index.js';
import { firstPerson } from './labels.js';

/**
 * One line per experiment that finished (ran to its end, or was stopped after its first pair) within
 * [from, to]: what she tested, the design and the final result in her words.
 */
export async function reportExperimentLines(
  scope: UserScope,
  range: { from: string; to: string; today: string },
  w: ReportWords,
) {
  const { from, to, today } = range;
  const lines: string[] = [];
  for (const stored of await loadExperiments(scope)) {
    const ended = stored.stoppedAt ? localDateOf(stored.stoppedAt) : stored.endDate;
    if (ended < from || ended > to || ended >= today) continue;
    const [checkins, screenings] = await Promise.all([
      checkinsBetween(scope, stored.startDate, stored.endDate),
      screeningsBetween(scope, stored.startDate, stored.endDate),
    ]);
    const view = experimentView(stored, today, screenings);
    const result = experimentResult(stored, view, today, checkins, undefined, w.locale);
    if (result?.status !== 'final') continue;
    lines.push(
      w.t('experiments.line', {
        title: stored.title,
        periodDays: stored.periodDays,
        pairs: stored.pairs,
        counted: result.daysCounted,
        result: firstPerson(result.sentence, w.locale),
      }),
    );
  }
  return lines;
}
