import { z } from 'zod';

/** Apps whose exports `POST /import/<source>` reads (Apple Health has its own route). */
export const appImportSources = [
  'bearable',
  'drip',
  'clue',
  'flo',
  'fhir',
  'fitbit',
  'health-connect',
] as const;
export type AppImportSource = (typeof appImportSources)[number];

/** `POST /import/<source>?dryRun=true|false[&skipBadRows=true]`. */
export const appImportQuerySchema = z.strictObject({
  dryRun: z.enum(['true', 'false'], { error: 'dryRun is true or false.' }),
  /** Without it, a file with bad rows imports nothing; with it, the good rows are imported. */
  skipBadRows: z.enum(['true', 'false']).optional(),
  /** Fitbit: the unit her account kept weights in (the export does not say); without it weights stay out. */
  weightUnit: z.enum(['kg', 'lb']).optional(),
});

const rowError = z.strictObject({
  line: z.int().describe('Line of the file (CSV: the header is line 1) or number of the entry (JSON).'),
  message: z.string(),
});

/** What an import from another app brings in (dry run) or brought in. */
export const appImportAnswer = z.strictObject({
  source: z.enum(appImportSources),
  dryRun: z.boolean(),
  /** Values per kind: `sleepHours`, `symptom:lowerBackPain`, `bleeding`, `notes`, `periods`… */
  counts: z.record(z.string(), z.int()),
  days: z.int(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  notImported: z.array(z.strictObject({ what: z.string(), count: z.int(), why: z.string() })),
  errors: z.array(rowError),
  errorCount: z.int(),
  /** Daily values not stored yet / already stored with the same value (a second import adds nothing). */
  newValues: z.int(),
  alreadyPresent: z.int(),
  periods: z.int(),
  periodsAlreadyLogged: z.int(),
  /** Pain scores (FHIR) that become new check-ins / that an earlier import already brought in. */
  checkins: z.int(),
  checkinsAlreadyPresent: z.int(),
  /** Pain scores left out because she made a check-in herself at that very moment (hers is kept). */
  checkinsKept: z.int(),
});
export type AppImportAnswer = z.infer<typeof appImportAnswer>;
