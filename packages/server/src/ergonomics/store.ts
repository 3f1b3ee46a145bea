import {
  type ErgonomicAnswers,
  type ErgonomicResult,
  ergonomicAnswersSchema,
  scoreErgonomics,
} from '@spinekind/core';
import { z } from 'zod';
import type { ResourceDef } from '../crud/store.js';
import { ergonomicChecks } from './table.js';

type Input = ErgonomicAnswers & { id?: string | undefined };

interface Check {
  id: string;
  answers: Record<string, string>;
  score: number;
  areas: ErgonomicResult['areas'];
  topFixes: string[];
  createdAt: string;
  updatedAt: string;
}

export const ergonomicResource: ResourceDef<Check, Input> = {
  key: 'ergonomicChecks',
  singular: 'check',
  table: ergonomicChecks,
  input: ergonomicAnswersSchema.extend({ id: z.uuid().optional() }) as unknown as z.ZodType<Input>,
  toValues: (input) => ({ answers: input.answers, result: scoreErgonomics({ answers: input.answers }) }),
  fromRow: (r) => {
    const row = r as typeof ergonomicChecks.$inferSelect;
    return {
      id: row.id,
      answers: row.answers,
      ...(row.result as Pick<Check, 'score' | 'areas' | 'topFixes'>),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  },
  orderBy: [ergonomicChecks.createdAt],
  derivedFields: ['score', 'areas', 'topFixes'],
};
