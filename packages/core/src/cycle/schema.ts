import { z } from 'zod';
import { localDateSchema } from '../date-schemas.js';
import type { DailyMetricSource } from '../imports/sources.js';
import { daysBetween } from './days.js';

export const flowLevels = ['spotting', 'light', 'medium', 'heavy'] as const;
export type Flow = (typeof flowLevels)[number];

/**
 * Longest period the log accepts, counting both the first and the last day. FIGO (Munro et al. 2018)
 * calls bleeding over 8 days prolonged; 14 leaves room for that while catching slips such as a wrong month.
 */
export const PERIOD_MAX_DAYS = 14;
export const PERIOD_NOTES_MAX = 2000;

const periodFields = {
  startDate: localDateSchema,
  endDate: localDateSchema.nullable().optional(),
  flow: z.enum(flowLevels, { error: 'Flow is spotting, light, medium or heavy.' }).nullable().optional(),
  notes: z
    .string()
    .max(PERIOD_NOTES_MAX, `Notes can be at most ${PERIOD_NOTES_MAX} characters.`)
    .nullable()
    .optional(),
};

const isDate = (v: unknown): v is string => localDateSchema.safeParse(v).success;
// Only two real dates can be compared: a malformed one is reported by its own field's rule (and date
// maths on it would throw, turning a bad request into a server error).
const endRule = (p: { startDate?: unknown; endDate?: unknown }) =>
  !isDate(p.endDate) ||
  !isDate(p.startDate) ||
  (p.endDate >= p.startDate && daysBetween(p.startDate, p.endDate) < PERIOD_MAX_DAYS);
const endMessage = {
  message: `The end date must be on or after the start, and a period at most ${PERIOD_MAX_DAYS} days long.`,
  path: ['endDate'],
};

/** A logged period, `endDate` empty while it goes on. A client-chosen `id` makes the create idempotent. */
export const periodInputSchema = z
  .strictObject({ id: z.uuid({ error: 'id must be a UUID.' }).optional(), ...periodFields })
  .refine(endRule, endMessage);
export type PeriodInput = z.infer<typeof periodInputSchema>;

/** A partial update; `null` clears a field. `applyPeriodPatch` re-checks the merged record. */
export const periodPatchSchema = z.strictObject(periodFields).partial();
export type PeriodPatch = z.infer<typeof periodPatchSchema>;

/** A stored period as the API returns it: every field present, `null` when not recorded. */
export interface Period {
  id: string;
  startDate: string;
  endDate: string | null;
  flow: Flow | null;
  notes: string | null;
  /** The app an imported period came from; null when she logged it in Spinekind. */
  source: DailyMetricSource | null;
  createdAt: string;
  updatedAt: string;
}

/** Applies a patch to a stored period and re-validates the whole record, so the end-date rule holds. */
export function applyPeriodPatch(current: Period, patch: PeriodPatch): PeriodInput {
  const { createdAt: _c, updatedAt: _u, source: _from, ...fields } = current;
  return periodInputSchema.parse({ ...fields, ...patch });
}

/** `GET /cycle?asOf=YYYY-MM-DD`: the date the estimate is made for (today when absent). */
export const cycleQuerySchema = z.strictObject({ asOf: localDateSchema.optional() });
