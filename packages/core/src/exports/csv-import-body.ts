import { z } from 'zod';
import { csvDateFormats } from './csv-dates.js';
import { csvScaleChoices, csvScoreFields } from './csv-scale.js';

/** `POST /import/csv?type=checkins`: the file's text and how to read it (a dry run answers the plan). */
export const csvImportBodySchema = z.strictObject({
  csv: z.string().min(1, 'The file is empty.').max(8_000_000, 'Import at most 8 MB of CSV at a time.'),
  /** Our field (`pain`, `custom:<trackerId>`…) → the CSV column that feeds it; omitted: the suggestion. */
  mapping: z.record(z.string(), z.string()).optional(),
  dryRun: z.boolean(),
  /** `all_or_nothing` (default) imports nothing when a row has a problem; `valid_rows` skips those rows. */
  accept: z.enum(['all_or_nothing', 'valid_rows']).default('all_or_nothing'),
  /** Offset for dates written without one, e.g. `+01:00` (the device's). */
  utcOffset: z
    .string()
    .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, 'utcOffset looks like +01:00 or -05:00.')
    .default('+00:00'),
  /** How the date column is written; omitted: detected, and a file that could be either asks (`dateFormatChoices`). */
  dateFormat: z.enum(csvDateFormats).optional(),
  /** Her answer per 0–10 field whose column looks like 1–5 (`scaleQuestions`): convert, keep, or leave out. */
  rescale: z.partialRecord(z.enum(csvScoreFields), z.enum(csvScaleChoices)).optional(),
});
export type CsvImportBody = z.infer<typeof csvImportBodySchema>;
