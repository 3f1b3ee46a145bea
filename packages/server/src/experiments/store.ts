import type { ExperimentAdherence, StoredExperiment } from '@spinekind/core';
import { asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { UserScope } from '../db/scope.js';
import { experimentAdherence, experiments } from './table.js';

type Row = typeof experiments.$inferSelect;

const toStored = (row: Row, adherence: ExperimentAdherence[]): StoredExperiment => ({
  id: row.id,
  templateId: row.templateId,
  title: row.title,
  question: row.question,
  intervention: row.intervention,
  control: row.control,
  startDate: row.startDate,
  endDate: row.endDate,
  periodDays: row.periodDays,
  pairs: row.pairs,
  washoutDays: row.washoutDays,
  outcome: row.outcome,
  seed: row.seed,
  schedule: row.schedule,
  adherence,
  stoppedAt: row.stoppedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const toValues = (e: StoredExperiment) => ({
  templateId: e.templateId,
  title: e.title,
  question: e.question,
  intervention: e.intervention,
  control: e.control,
  startDate: e.startDate,
  endDate: e.endDate,
  periodDays: e.periodDays,
  pairs: e.pairs,
  washoutDays: e.washoutDays,
  outcome: e.outcome,
  seed: e.seed,
  schedule: e.schedule,
  stoppedAt: e.stoppedAt ? new Date(e.stoppedAt) : null,
  createdAt: new Date(e.createdAt),
  updatedAt: new Date(e.updatedAt),
});

/** Her experiments with their adherence, newest start first (one id when `id` is given). */
export async function loadExperiments(scope: UserScope, id?: string): Promise<StoredExperiment[]> {
  const rows = await scope.db
    .select()
    .from(experiments)
    .where(scope.where(experiments, id === undefined ? undefined : eq(experiments.id, id)))
    .orderBy(desc(experiments.startDate), desc(experiments.createdAt), asc(experiments.id));
  if (rows.length === 0) return [];
  const answers = await scope.db
    .select()
    .from(experimentAdherence)
    .where(
      scope.where(
        experimentAdherence,
        inArray(
          experimentAdherence.experimentId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(experimentAdherence.date));
  const byExperiment = new Map<string, ExperimentAdherence[]>();
  for (const a of answers)
    byExperiment.set(a.experimentId, [
      ...(byExperiment.get(a.experimentId) ?? []),
      { date: a.date, followed: a.followed },
    ]);
  return rows.map((r) => toStored(r, byExperiment.get(r.id) ?? []));
}

/** One of her experiments, or undefined. */
export async function loadExperiment(scope: UserScope, id: string): Promise<StoredExperiment | undefined> {
  return (await loadExperiments(scope, id))[0];
}

/** Saves a new experiment; answers false (and changes nothing) when she already has one with this id. */
export async function insertExperiment(scope: UserScope, e: StoredExperiment): Promise<boolean> {
  const rows = await scope.db
    .insert(experiments)
    .values({ ...toValues(e), userId: scope.userId, id: e.id })
    .onConflictDoNothing({ target: [experiments.userId, experiments.id] })
    .returning({ id: experiments.id });
  return rows.length > 0;
}

/** Records her answer for one day (a later answer replaces an earlier one). */
export async function saveAdherence(scope: UserScope, id: string, answer: ExperimentAdherence, now: Date) {
  await scope.transaction(async (tx) => {
    await tx.db
      .insert(experimentAdherence)
      .values({ userId: tx.userId, experimentId: id, ...answer, updatedAt: now })
      .onConflictDoUpdate({
        target: [experimentAdherence.userId, experimentAdherence.experimentId, experimentAdherence.date],
        set: { followed: answer.followed, updatedAt: now },
      });
    await tx.db
      .update(experiments)
      .set({ updatedAt: now })
      .where(tx.where(experiments, eq(experiments.id, id)));
  });
}

/** Stops an experiment (a repeat keeps the first stop). */
export async function stopExperiment(scope: UserScope, id: string, now: Date) {
  await scope.db
    .update(experiments)
    .set({ stoppedAt: now, updatedAt: now })
    .where(scope.where(experiments, eq(experiments.id, id), isNull(experiments.stoppedAt)));
}

/**
 * Writes the experiments of a restored backup exactly as they were (dates, seed, schedule, adherence),
 * replacing any with the same id; answers how many.
 */
export async function restoreExperiments(
  scope: UserScope,
  list: readonly StoredExperiment[],
): Promise<number> {
  for (const e of list) {
    const values = toValues(e);
    await scope.db
      .insert(experiments)
      .values({ ...values, userId: scope.userId, id: e.id })
      .onConflictDoUpdate({ target: [experiments.userId, experiments.id], set: values });
    await scope.db
      .delete(experimentAdherence)
      .where(scope.where(experimentAdherence, eq(experimentAdherence.experimentId, e.id)));
    if (e.adherence.length)
      await scope.db.insert(experimentAdherence).values(
        e.adherence.map((a) => ({
          userId: scope.userId,
          experimentId: e.id,
          ...a,
          updatedAt: new Date(e.updatedAt),
        })),
      );
  }
  return list.length;
}
