import {
  type AppImportAnswer,
  type AppImportSource,
  DomainError,
  localDateOf,
  type NormalizedImport,
} from '@spinekind/core';
import type { DbKind } from '../db/client.js';
import type { UserScope } from '../db/scope.js';
import { planImportedCheckins } from './app-checkins.js';
import { planPeriods, storeDailyImport, storedValues } from './store.js';

export interface AppImportRun {
  source: AppImportSource;
  dryRun: boolean;
  skipBadRows: boolean;
  now: Date;
  engine: DbKind;
}

/**
 * Answers what an import from another app brings in (dry run: nothing is written) or stores it all or
 * nothing. A file with bad rows stores nothing unless she chose to import the good rows; a value already
 * stored from the same source is counted, not written again, so a second import adds nothing; a pain score
 * becomes a check-in of its own, never beside or over one she made herself (`app-checkins.ts`).
 */
export async function runAppImport(
  scope: UserScope,
  result: NormalizedImport,
  run: AppImportRun,
): Promise<AppImportAnswer> {
  const { errorCount } = result;
  const stored =
    result.from && result.to ? await storedValues(scope, run.source, result.from, result.to) : new Map();
  const alreadyPresent = result.metrics.filter(
    (m) => stored.get(`${m.localDate}|${m.metric}`) === m.value,
  ).length;
  const { fresh, alreadyThere } = await planPeriods(scope, run.source, result.periods);
  const checkins = await planImportedCheckins(scope, run.source, result.checkins);
  const localDates = [...result.metrics, ...result.notes].map((m) => m.localDate);
  const answer: AppImportAnswer = {
    source: run.source,
    dryRun: run.dryRun,
    counts: result.counts,
    days: new Set([...localDates, ...result.checkins.map((c) => localDateOf(c.recordedAt))]).size,
    from: result.from,
    to: result.to,
    notImported: result.notImported,
    errors: result.errors,
    errorCount,
    newValues: result.metrics.length - alreadyPresent,
    alreadyPresent,
    periods: fresh.length - alreadyThere,
    periodsAlreadyLogged: result.periods.length - fresh.length,
    checkins: checkins.fresh.length,
    checkinsAlreadyPresent: checkins.alreadyPresent,
    checkinsKept: checkins.kept,
  };
  if (run.dryRun) return answer;
  if (errorCount > 0 && !run.skipBadRows)
    throw new DomainError(
      'validation_failed',
      `${errorCount} rows of the file have problems, so nothing was imported. Fix them, or import the other rows.`,
      result.errors.map((e) => ({ path: `line.${e.line}`, message: e.message })),
    );
  if (!result.metrics.length && !result.periods.length && !result.notes.length && !checkins.fresh.length)
    return answer;
  await storeDailyImport(scope, run.source, { ...result, checkins: checkins.fresh }, run.now, run.engine);
  return answer;
}
