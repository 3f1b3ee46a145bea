import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import { instantSchema } from '../dates.js';
import { gad2, phq2 } from './mood.js';
import { mrs, mrsCutoffs, mrsSeverity } from './mrs.js';
import { peg } from './peg.js';
import type { Band, Instrument } from './types.js';

export const instruments: readonly Instrument[] = [peg, mrs, phq2, gad2];
export const instrumentIds = ['peg', 'mrs', 'phq2', 'gad2'] as const;
export type InstrumentId = (typeof instrumentIds)[number];

export function instrumentById(id: string): Instrument | undefined {
  return instruments.find((i) => i.id === id);
}

/** Answers for one instrument: one per item, each one of that item's option values. */
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

/** What a client sends for a completed questionnaire; `instrument` comes from the URL. */
export const responseBodySchema = z.strictObject({
  id: z.uuid().optional(),
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
  score: { total: number; subscales?: Record<string, number> };
  band: Band;
  subscaleBands?: Record<string, string>;
}

/** Scores answers and names the band; MRS subscales get their own severity. */
export function scoreResponse(instrument: Instrument, answers: number[]): ScoredResponse {
  const score = instrument.score(answers);
  const out: ScoredResponse = { score, band: instrument.band(score) };
  if (instrument.id === 'mrs' && score.subscales) {
    const s = score.subscales;
    out.subscaleBands = {
      somatic: mrsSeverity(s.somatic ?? 0, mrsCutoffs.somatic),
      psychological: mrsSeverity(s.psychological ?? 0, mrsCutoffs.psychological),
      urogenital: mrsSeverity(s.urogenital ?? 0, mrsCutoffs.urogenital),
    };
  }
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

/** Which questionnaires are due today: never answered, or their interval has passed; opt-in ones only when chosen. */
export function dueInstruments(args: {
  lastCompleted: Partial<Record<InstrumentId, string>>;
  optedIn: boolean;
  today: string;
}): InstrumentId[] {
  return instruments
    .filter((i) => !i.optIn || args.optedIn)
    .filter((i) => {
      const last = args.lastCompleted[i.id];
      return !last || differenceInCalendarDays(parseISO(args.today), parseISO(last)) >= i.everyDays;
    })
    .map((i) => i.id);
}
