import type { z } from 'zod';
import { instantSchema, localDateSchema } from '../date-schemas.js';
import { bleedingCheckResultSchema } from './schema.js';

/**
 * `GET /cycle`'s `bleedingCheck`: the spec §4 answer for her own log, the judged run's last bleeding day
 * (`runEnd`, null without bleeding) and when she said she booked a check for that run (`acknowledgedAt`).
 */
export const cycleBleedingCheckSchema = bleedingCheckResultSchema.extend({
  runEnd: localDateSchema.nullable(),
  acknowledgedAt: instantSchema.nullable(),
});
export type CycleBleedingCheck = z.infer<typeof cycleBleedingCheckSchema>;
