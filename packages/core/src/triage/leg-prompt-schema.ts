import { z } from 'zod';
import { legPromptReasons } from './leg-symptoms.js';

// The schema of a check-in's safety-check prompt; the rule that sets it is in leg-symptoms.ts, zod-free for the browser.

export const checkinScreeningPromptSchema = z
  .strictObject({ reason: z.enum(legPromptReasons) })
  .nullable()
  .describe('Why this check-in offers the safety check (a triage answer key), or null.');
