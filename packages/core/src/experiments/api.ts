import { z } from 'zod';
import { localDateSchema } from '../date-schemas.js';
import { experimentVerdicts } from './analysis.js';
import { experimentConditions, experimentSchema } from './schema.js';
import { experimentTemplateSchema } from './templates.js';

/** `GET /experiments/templates`. */
export const experimentTemplatesAnswerSchema = z.strictObject({ items: z.array(experimentTemplateSchema) });

/** `POST`, `GET /experiments/:id`, `PUT …/adherence/:date`, `POST …/stop`. */
export const experimentAnswerSchema = z.strictObject({ experiment: experimentSchema });
export type ExperimentAnswer = z.infer<typeof experimentAnswerSchema>;

/** `GET /experiments`: hers, newest first. */
export const experimentListAnswerSchema = z.strictObject({ items: z.array(experimentSchema) });

/** `GET /experiments/:id/today`: the condition that is on today and what to do. */
export const experimentTodayAnswerSchema = z.strictObject({
  date: localDateSchema,
  condition: z.enum(experimentConditions),
  instructions: z.string(),
  washout: z.boolean(),
  followed: z.boolean().nullable(),
});
export type ExperimentToday = z.infer<typeof experimentTodayAnswerSchema>;

/** `PUT /experiments/:id/adherence/:date`. */
export const adherenceInputSchema = z.strictObject({
  followed: z.boolean({ error: 'followed is true or false.' }),
});

const nullableNumber = z.number().nullable();

/** `GET /experiments/:id/result`: interim while it runs (from the end of the first pair), final once over. */
export const experimentResultAnswerSchema = z.strictObject({
  status: z.enum(['interim', 'final']),
  effect: nullableNumber,
  ciLow: nullableNumber,
  ciHigh: nullableNumber,
  probabilityBenefit: nullableNumber,
  threshold: z.number(),
  daysCounted: z.int(),
  daysMissing: z.int(),
  adherenceRate: nullableNumber,
  pairsUsed: z.int(),
  verdict: z.enum(experimentVerdicts),
  sentence: z.string(),
  model: z.string(),
  days: z.array(
    z.strictObject({
      date: localDateSchema,
      condition: z.enum(experimentConditions),
      washout: z.boolean(),
      value: nullableNumber,
      followed: z.boolean().nullable(),
      counted: z.boolean(),
    }),
  ),
});
export type ExperimentResult = z.infer<typeof experimentResultAnswerSchema>;
