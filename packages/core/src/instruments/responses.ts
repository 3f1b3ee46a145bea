import { z } from 'zod';
import { instantSchema } from '../date-schemas.js';
import { mrsSubscaleBands } from './mrs.js';
import { type InstrumentId, instrumentById, instrumentIds } from './registry.js';
import type { Band, Instrument, Score } from './types.js';

/** Answers for one instrument: one per item, in item order, each one of that item's option values. */
export function answersSchema(instrument: Instrument) {
  return z
    .array(z.int({ error: 'Each answer is a whole number.' }))
    .length(
      instrument.items.length,
      `${instrument.name} has ${instrument.items.length} questions; send one answer each.`,
    )
    .superRefine((answers, ctx) => {
      answers.forEach((a, i) => {
        const allowed = instrument.items[i]?.options.map((o) => o.value) ?? [];
        if (!allowed.includes(a))
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `Answer ${i + 1} must be one of ${allowed.join(', ')}.`,
          });
      });
    });
}

/** A completed questionnaire for one instrument, answers checked against it. */
export function responseSchemaFor(instrument: Instrument) {
  return z.strictObject({
    id: z.uuid({ error: 'id must be a UUID.' }).optional(),
    answers: answersSchema(instrument),
    completedAt: instantSchema,
  });
}

/** What a client sends when the instrument comes from the URL; answers are checked with `answersSchema`. */
export const responseBodySchema = z.strictObject({
  id: z.uuid({ error: 'id must be a UUID.' }).optional(),
  answers: z.array(z.number()),
  completedAt: instantSchema,
});

/** A stored response as a backup carries it (instrument included), checked against that instrument. */
export const responseInputSchema = z
  .strictObject({ ...responseBodySchema.shape, instrument: z.enum(instrumentIds) })
  .superRefine((r, ctx) => {
    const instrument = instrumentById(r.instrument);
    const parsed = instrument && answersSchema(instrument).safeParse(r.answers);
    if (parsed && !parsed.success)
      for (const issue of parsed.error.issues)
        ctx.addIssue({ ...issue, path: ['answers', ...issue.path] } as never);
  });
export type ResponseInput = z.infer<typeof responseInputSchema>;

export interface ScoredResponse {
  score: Score;
  band: Band;
  /** Band id of each subscale (MRS), by that subscale's own cut-offs. */
  subscaleBands?: Record<string, string>;
}

/** Scores answers that passed `answersSchema` and names the band. */
export function scoreResponse(instrument: Instrument, answers: number[]): ScoredResponse {
  const score = instrument.score(answers);
  const out: ScoredResponse = { score, band: instrument.band(score) };
  if (instrument.id === 'mrs' && score.subscales) out.subscaleBands = mrsSubscaleBands(score.subscales);
  return out;
}

export interface InstrumentResponse extends ScoredResponse {
  id: string;
  instrument: InstrumentId;
  answers: number[];
  completedAt: string;
  localDate: string;
  createdAt: string;
  updatedAt: string;
}
