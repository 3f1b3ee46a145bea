import {
  applyPeriodPatch,
  type Period,
  type PeriodInput,
  type PeriodPatch,
  periodAnswers,
  periodInputSchema,
  periodPatchSchema,
} from '@spinekind/core';
import type { EditableResourceDef } from '../crud/store.js';
import { periods } from '../db/schema/index.js';

export const periodResource: EditableResourceDef<Period, PeriodInput, PeriodPatch> = {
  key: 'periods',
  singular: 'period',
  answers: periodAnswers,
  table: periods,
  input: periodInputSchema,
  patch: periodPatchSchema,
  toValues: ({ startDate, endDate, flow, notes }) => ({
    startDate,
    endDate: endDate ?? null,
    flow: flow ?? null,
    notes: notes ?? null,
  }),
  fromRow: (row) => {
    const { userId: _u, createdAt, updatedAt, ...fields } = row as Record<string, unknown>;
    return {
      ...(fields as Omit<Period, 'createdAt' | 'updatedAt'>),
      createdAt: (createdAt as Date).toISOString(),
      updatedAt: (updatedAt as Date).toISOString(),
    };
  },
  merge: (current, patch) => {
    const { id: _id, ...input } = applyPeriodPatch(current, patch);
    return input;
  },
  orderBy: [periods.startDate],
};
