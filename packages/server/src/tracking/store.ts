import {
  applyTrackerPatch,
  applyTreatmentPatch,
  type Tracker,
  type TrackerInput,
  type TrackerPatch,
  type Treatment,
  type TreatmentInput,
  type TreatmentPatch,
  trackerAnswers,
  trackerInputSchema,
  trackerPatchSchema,
  treatmentAnswers,
  treatmentInputSchema,
  treatmentPatchSchema,
} from '@spinekind/core';
import type { EditableResourceDef } from '../crud/store.js';
import { firstDay, type UserScope } from '../db/scope.js';
import { trackers, treatments } from './table.js';

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : null);
const stamps = (row: Record<string, unknown>) => ({
  createdAt: iso(row.createdAt) ?? '',
  updatedAt: iso(row.updatedAt) ?? '',
});

export const treatmentResource: EditableResourceDef<Treatment, TreatmentInput, TreatmentPatch> = {
  key: 'treatments',
  singular: 'treatment',
  answers: treatmentAnswers,
  table: treatments,
  input: treatmentInputSchema,
  patch: treatmentPatchSchema,
  toValues: ({ kind, name, startDate, endDate, notes }) => ({
    kind,
    name,
    startDate,
    endDate: endDate ?? null,
    notes: notes ?? null,
  }),
  fromRow: (row) => {
    const { userId: _u, createdAt: _c, updatedAt: _up, ...fields } = row;
    return { ...(fields as Omit<Treatment, 'createdAt' | 'updatedAt'>), ...stamps(row) };
  },
  merge: (current, patch) => {
    const { id: _id, ...input } = applyTreatmentPatch(current, patch);
    return input;
  },
  orderBy: [treatments.startDate, treatments.createdAt],
};

export const trackerResource: EditableResourceDef<Tracker, TrackerInput, TrackerPatch> = {
  key: 'trackers',
  singular: 'tracker',
  answers: trackerAnswers,
  table: trackers,
  input: trackerInputSchema,
  patch: trackerPatchSchema,
  toValues: ({ name, kind, unit, min, max }) => ({
    name,
    kind,
    unit: unit ?? null,
    min: min ?? null,
    max: max ?? null,
  }),
  fromRow: (row) => {
    const { userId: _u, createdAt: _c, updatedAt: _up, archivedAt, ...fields } = row;
    return {
      ...(fields as Omit<Tracker, 'createdAt' | 'updatedAt' | 'archivedAt'>),
      archivedAt: iso(archivedAt),
      ...stamps(row),
    };
  },
  merge: (current, patch) => {
    const { id: _id, ...input } = applyTrackerPatch(current, patch);
    return input;
  },
  orderBy: [trackers.createdAt],
  // Archiving keeps the values already recorded in check-ins.
  removal: 'archive',
};

/** The day her first treatment started, or null. */
export const firstTreatmentDay = (scope: UserScope) => firstDay(scope, treatments, treatments.startDate);
