import { z } from 'zod';
import { instantSchema, localDateSchema } from '../date-schemas.js';
import { bleedingAnswerKinds } from './answers.js';

// The schemas of her answers to a bleeding card; the card's rules are in answers.ts, zod-free for the browser.

/** A new answer; a client-chosen `id` makes the create idempotent (the outbox replays it offline). */
export const bleedingAnswerInputSchema = z.strictObject({
  id: z.uuid({ error: 'id must be a UUID.' }).optional(),
  runStart: localDateSchema,
  answer: z.enum(bleedingAnswerKinds, { error: 'answer is booked or remind_tomorrow.' }),
  answeredAt: instantSchema,
});

/** A stored answer as the API returns it. */
export const bleedingAnswerSchema = z.strictObject({
  id: z.uuid(),
  runStart: localDateSchema,
  answer: z.enum(bleedingAnswerKinds),
  answeredAt: instantSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
