import {
  breakSettingsSchema,
  breakStateSchema,
  DomainError,
  experimentBackupProblems,
  instantSchema,
  isTimeZone,
  localDateSchema,
  profileSchema,
  storedExperimentSchema,
  storedReminderSettingsSchema,
  weeklyPlanSchema,
} from '@spinekind/core';
import { z } from 'zod';
import { loadBreaks, saveBreaks } from '../breaks/store.js';
import { loadChecklistTicks, restoreChecklistTicks } from '../checklists/store.js';
import type { UserScope } from '../db/scope.js';
import { loadExperiments, restoreExperiments } from '../experiments/store.js';
import {
  backupImportedNoteSchema,
  backupMetricSchema,
  dailyMetricRows,
  dailyMetricsTarget,
  exportDailyMetrics,
  exportImportedNotes,
  restoreImportedNotes,
} from '../imports/store.js';
import { loadLessonReads, restoreLessonReads } from '../lessons/store.js';
import { checkPlan, loadPlan, savePlan } from '../plan/store.js';
import { loadProfile, saveProfile } from '../profile/store.js';
import { loadEnrolments, restoreEnrolments } from '../programmes/store.js';
import { savedReminderSettings, saveReminderSettings } from '../reminders/store.js';
import type { StageTarget } from '../staging/runs.js';

/**
 * A part of the JSON backup that is not a list of `ResourceDef` records (one document per user, or
 * rows without client ids). Export calls `load`; restore calls `restore` inside the swap transaction, or stages `stage`.
 */
export interface BackupSection<T> {
  key: string;
  schema: z.ZodType<T>;
  load(scope: UserScope): Promise<T>;
  /** Writes the section in the restore's transaction; answers how many items, or undefined for none. */
  restore?(tx: UserScope, value: T, now: Date): Promise<number | undefined>;
  /** A section of many rows is staged instead (in the worker) and swapped in with the resources. */
  stage?: { target: StageTarget; rows(value: T): Record<string, unknown>[] };
  /** Restored after the resources, because it refers to them. */
  afterResources?: boolean;
}

const section = <T>(s: BackupSection<T>) => s;

/** Throws the standard validation error for a backup whose section fails a database rule. */
export function invalidBackup(details: { path: string; message: string }[]): never {
  throw new DomainError(
    'validation_failed',
    'The backup has invalid records; nothing was imported.',
    details,
  );
}

export const backupSections = [
  section({
    key: 'profile',
    schema: profileSchema,
    load: loadProfile,
    restore: async (tx, data, now) => {
      await saveProfile(tx, data, now);
      return 1;
    },
  }),
  section({
    key: 'breaks',
    schema: z.strictObject({ settings: breakSettingsSchema, state: breakStateSchema }),
    load: loadBreaks,
    restore: async (tx, { settings, state }, now) => {
      // An overwrite counts one change, as for every versioned record.
      await saveBreaks(tx, settings, state, now, true);
      return 1;
    },
  }),
  section({
    key: 'reminders',
    // Only saved settings travel: the defaults follow the zone of wherever the backup is restored. A backup
    // made before experiment reminders existed restores with them off.
    schema: storedReminderSettingsSchema.nullable(),
    load: savedReminderSettings,
    restore: async (tx, settings, now) => {
      if (!settings) return undefined;
      await saveReminderSettings(tx, settings, now);
      return 1;
    },
  }),
  section({
    key: 'dailyMetrics',
    schema: z.array(backupMetricSchema),
    load: exportDailyMetrics,
    stage: { target: dailyMetricsTarget, rows: dailyMetricRows },
  }),
  section({
    key: 'importedNotes',
    // Her own words from another app (Bearable, drip.…), kept apart from check-ins.
    schema: z.array(backupImportedNoteSchema).max(200_000),
    load: exportImportedNotes,
    restore: async (tx, notes) => (notes.length ? restoreImportedNotes(tx, notes) : undefined),
  }),
  section({
    key: 'checklistTicks',
    schema: z.array(z.strictObject({ itemId: z.string().max(100), tickedAt: instantSchema })),
    load: loadChecklistTicks,
    restore: async (tx, ticks) => (ticks.length ? restoreChecklistTicks(tx, ticks) : undefined),
  }),
  section({
    key: 'lessonReads',
    schema: z.array(z.strictObject({ lessonId: z.string().max(100), readAt: instantSchema })),
    load: loadLessonReads,
    restore: async (tx, reads) => (reads.length ? restoreLessonReads(tx, reads) : undefined),
  }),
  section({
    key: 'programmes',
    // The programmes she follows and from which day; a backup without them leaves hers as they are.
    schema: z
      .array(
        z.strictObject({
          programmeId: z.enum(['bone-health']),
          startDate: localDateSchema,
          timeZone: z.string().max(100).refine(isTimeZone, 'Unknown time zone.'),
          startedAt: instantSchema,
        }),
      )
      .max(10),
    load: loadEnrolments,
    restore: async (tx, enrolments) => (enrolments.length ? restoreEnrolments(tx, enrolments) : undefined),
  }),
  section({
    key: 'experiments',
    // Kept exactly (dates, seed, schedule, adherence); results are computed again from the restored check-ins.
    schema: z.array(storedExperimentSchema).max(1000),
    load: (scope) => loadExperiments(scope),
    restore: async (tx, list) => {
      const issues = list.flatMap((e, i) =>
        experimentBackupProblems(e).map((d) => ({ ...d, path: `experiments.${i}.${d.path}` })),
      );
      if (issues.length) invalidBackup(issues);
      return list.length ? restoreExperiments(tx, list) : undefined;
    },
  }),
  section({
    key: 'plan',
    schema: weeklyPlanSchema.nullable(),
    load: loadPlan,
    // A plan may name custom routines restored with the resources.
    afterResources: true,
    restore: async (tx, plan, now) => {
      if (!plan) return undefined;
      const issues = await checkPlan(plan, tx);
      if (issues.length) invalidBackup(issues.map((d) => ({ ...d, path: `plan.${d.path}` })));
      await savePlan(tx, plan, now);
      return 1;
    },
  }),
];
