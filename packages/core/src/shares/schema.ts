import { z } from 'zod';
import { noContent, shapedAs } from '../api/common.js';
import { localDateSchema } from '../date-schemas.js';
import type { ReportModel } from '../report/model.js';

/** A share link lives at most this many days. */
export const SHARE_MAX_DAYS = 90;
/** After this many wrong passcodes the link is closed for good. */
export const SHARE_PASSCODE_ATTEMPTS = 5;
/** Without `from`, a share covers the 90 days up to `to` (the doctor report's default). */
export const SHARE_DEFAULT_RANGE_DAYS = 90;
/** The header a clinician's browser sends the passcode in (never the URL, which logs and histories keep). */
export const SHARE_PASSCODE_HEADER = 'x-share-passcode';

const daysMessage = `Choose a number of days from 1 to ${SHARE_MAX_DAYS}.`;

/** `POST /shares`: a read-only link to her report for a clinician. */
export const shareInputSchema = z
  .strictObject({
    days: z.int({ error: daysMessage }).min(1, daysMessage).max(SHARE_MAX_DAYS, daysMessage),
    passcode: z
      .string({ error: 'The passcode is text.' })
      .min(4, 'A passcode has at least 4 characters.')
      .max(64, 'A passcode has at most 64 characters.')
      .optional(),
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    label: z
      .string({ error: 'The label is text.' })
      .trim()
      .max(80, 'A label can be at most 80 characters.')
      .optional(),
    includeNotes: z.boolean({ error: 'includeNotes is true or false.' }).default(false),
  })
  .refine((s) => !s.from || !s.to || s.from <= s.to, {
    message: '`from` must be on or before `to`.',
    path: ['from'],
  })
  .refine((s) => !s.from || !s.to || Date.parse(s.to) - Date.parse(s.from) <= 2 * 366 * 86_400_000, {
    message: 'A share covers at most two years.',
    path: ['from'],
  });
export type ShareInput = z.input<typeof shareInputSchema>;

/** `201 {"share": …}`: the only time the link (its secret) is shown. */
export const newShareAnswer = z.strictObject({
  share: z.strictObject({
    id: z.uuid(),
    url: z.string().describe('The secret link; only its hash is kept, so it is shown this once.'),
    expiresAt: z.iso.datetime(),
    label: z.string().nullable(),
  }),
});

/** A share as she sees it in her list: never its secret. */
export const shareSchema = z.strictObject({
  id: z.uuid(),
  label: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  hasPasscode: z.boolean(),
  includeNotes: z.boolean(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  /** Closed after too many wrong passcodes. */
  locked: z.boolean(),
  /** Each time the link was opened (newest first, at most the last 50). */
  accesses: z.array(z.strictObject({ at: z.iso.datetime(), userAgent: z.string().nullable() })),
});
export type Share = z.infer<typeof shareSchema>;
export const sharesAnswer = z.strictObject({ items: z.array(shareSchema) });
export const shareRevoked = noContent('Revoked: the link stops working at once.');

/** What a clinician holding the link sees: her report over the share's range, as the PDF shows it. */
export interface SharedReport {
  share: { label: string | null; from: string; to: string; expiresAt: string };
  report: ReportModel;
}

/**
 * `GET /shared/{token}`: the report model (core's `ReportModel`, large and growing with the report), so the
 * schema names the top level and lets the report's fields through; the type is `SharedReport`.
 */
export const sharedReportAnswer = shapedAs<SharedReport>()(
  z.strictObject({
    share: z.strictObject({
      label: z.string().nullable(),
      from: z.string(),
      to: z.string(),
      expiresAt: z.iso.datetime(),
    }),
    report: z.looseObject({ from: z.string(), to: z.string(), generatedOn: z.string() }),
  }),
);
