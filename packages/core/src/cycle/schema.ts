import { z } from 'zod';
import { localDateSchema } from '../dates.js';

export const flowLevels = ['spotting', 'light', 'medium', 'heavy'] as const;
// A period longer than two weeks is almost certainly a typing slip; longer bleeding is worth a clinician's look.
export const PERIOD_MAX_DAYS = 14;

const periodFields = {
  startDate: localDateSchema,
  endDate: localDateSchema.nullable().optional(),
  flow: z.enum(flowLevels, { error: 'Flow is spotting, light, medium or heavy.' }).nullable().optional(),
  notes: z.string().max(2000, 'Notes can be at most 2000 characters.').nullable().optional(),
};

const endRule = (p: { startDate?: string; endDate?: string | null }) =>
  p.endDate == null ||
  p.startDate === undefined ||
  (p.endDate >= p.startDate &&
    Date.parse(p.endDate) - Date.parse(p.startDate) < PERIOD_MAX_DAYS * 86_400_000);
const endMessage = {
  message: `The end date must be on or after the start, and a period at most ${PERIOD_MAX_DAYS} days long.`,
  path: ['endDate'],
};

/** A logged period (bleeding episode). */
export const periodInputSchema = z
  .strictObject({ id: z.uuid().optional(), ...periodFields })
  .refine(endRule, endMessage);
export type PeriodInput = z.infer<typeof periodInputSchema>;
export const periodPatchSchema = z.strictObject(periodFields).partial();
export type PeriodPatch = z.infer<typeof periodPatchSchema>;

export interface Period {
  id: string;
  startDate: string;
  endDate: string | null;
  flow: (typeof flowLevels)[number] | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export function applyPeriodPatch(current: Period, patch: PeriodPatch): PeriodInput {
  const { createdAt: _c, updatedAt: _u, ...fields } = current;
  return periodInputSchema.parse({ ...fields, ...patch });
}

export const cycleQuerySchema = z.strictObject({ asOf: localDateSchema.optional() });
