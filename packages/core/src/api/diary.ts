import { z } from 'zod';
import { bleedingAnswerSchema, cycleBleedingCheckSchema } from '../bleeding/index.js';
import { periodForecastSchema } from '../cycle/forecast.js';
import { stages } from '../cycle/index.js';
import { localDateSchema } from '../date-schemas.js';
import { ergonomicAreaIds } from '../ergonomics/areas.js';
import { ergonomicResultSchema } from '../ergonomics/schema.js';
import { csvDateFormats } from '../exports/csv-dates.js';
import { csvScaleChoices, csvScoreFields } from '../exports/csv-scale.js';
import { dailyMetricSchema, importedNoteSchema } from '../imports/daily-metrics.js';
import type { InsightsReport } from '../insights/report.js';
import { instrumentIds } from '../instruments/registry.js';
import { checklistIds } from '../setup/checklists.js';
import { fileAnswer, listOf, shapedAs } from './common.js';

/** `GET /ergonomics/questions`: the desk self-check's questions (without their points) and its areas. */
export const ergonomicQuestionsAnswer = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string(),
      area: z.enum(ergonomicAreaIds),
      text: z.string(),
      why: z.string(),
      options: z.array(z.strictObject({ value: z.string(), label: z.string() })),
    }),
  ),
  areas: z.array(
    z.strictObject({
      id: z.enum(ergonomicAreaIds),
      label: z.string(),
      note: z.string(),
      sources: z.array(z.strictObject({ title: z.string(), grade: z.enum(['A', 'B', 'C', 'D']) })),
    }),
  ),
});
/** One filled-in desk self-check with its scores. */
export const ergonomicCheckSchema = z.strictObject({
  id: z.uuid(),
  answers: z.record(z.string(), z.string()),
  ...ergonomicResultSchema.shape,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ergonomicCheckAnswer = z.strictObject({ check: ergonomicCheckSchema });
export const ergonomicChecksAnswer = listOf(ergonomicCheckSchema);

/** A sleep or travel tip with her tick. */
export const checklistItemSchema = z.strictObject({
  id: z.string(),
  checklist: z.enum(checklistIds),
  text: z.string(),
  why: z.string(),
  routineId: z.string().nullable(),
  /** The lesson that explains the tip, or null. */
  lessonId: z.string().nullable(),
  ticked: z.boolean(),
  tickedAt: z.string().nullable(),
});
export const checklistsAnswer = listOf(checklistItemSchema);
export const checklistTickAnswer = z.strictObject({ item: checklistItemSchema });

/** A questionnaire as `GET /instruments` serves it (its scoring stays on the server). */
export const instrumentDefinitionSchema = z.strictObject({
  id: z.enum(instrumentIds),
  name: z.string(),
  citation: z.string(),
  licence: z.string(),
  recall: z.string(),
  instructions: z.string(),
  items: z.array(
    z.strictObject({
      text: z.string(),
      options: z.array(z.strictObject({ value: z.number(), label: z.string() })),
    }),
  ),
  presentation: z.literal('checklist').optional(),
  maxScore: z.number(),
  subscales: z.record(z.string(), z.array(z.int()).readonly()).optional(),
  everyDays: z.number(),
  optIn: z.boolean(),
});
export const instrumentsAnswer = listOf(instrumentDefinitionSchema);
/** Her response with its score and band. */
export const instrumentResponseSchema = z.strictObject({
  id: z.uuid(),
  instrument: z.enum(instrumentIds),
  answers: z.array(z.number()),
  completedAt: z.string(),
  localDate: z.string(),
  score: z.strictObject({ total: z.number(), subscales: z.record(z.string(), z.number()).optional() }),
  band: z.strictObject({ id: z.string(), label: z.string(), text: z.string() }),
  subscaleBands: z.record(z.string(), z.string()).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const instrumentResponseAnswer = z.strictObject({ response: instrumentResponseSchema });
export const instrumentResponsesAnswer = listOf(instrumentResponseSchema);

/**
 * `GET /insights`: core's `insightsReport`, the same on the server and the device. Its drivers, trend and
 * cycle parts grow with the statistics (core/insights/README.md), so the schema names the top level and
 * lets the rest through; the type is core's `InsightsReport`.
 */
export const insightsAnswer = shapedAs<InsightsReport>()(
  z.looseObject({ from: z.string(), to: z.string(), drivers: z.array(z.looseObject({ label: z.string() })) }),
);

/** `GET /daily-metrics`: imported daily values. */
export const dailyMetricsAnswer = listOf(dailyMetricSchema);

/** `GET /imported-notes`: the notes she wrote in other apps, by day then app. */
export const importedNotesAnswer = listOf(importedNoteSchema);

/** `POST /import` (a whole backup): how many records of each kind were restored. */
export const backupRestoredAnswer = z.strictObject({ imported: z.record(z.string(), z.int()) });

const rowError = z.strictObject({
  row: z.int().describe('Spreadsheet row number: the header is row 1.'),
  column: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
/** `POST /import/csv` with `dryRun: true`: what would happen, row by row. */
export const csvImportPlanSchema = z.strictObject({
  columns: z.array(z.strictObject({ name: z.string(), samples: z.array(z.string()) })),
  duplicateColumns: z.array(z.string()),
  suggestedMapping: z.record(z.string(), z.string()),
  matches: z.array(z.strictObject({ field: z.string(), column: z.string(), how: z.string() })),
  mapping: z.record(z.string(), z.string()),
  dateFormat: z.enum(csvDateFormats).nullable(),
  dateFormatChoices: z.array(z.enum(csvDateFormats)),
  /** One row per measurement (`date,measure,value`): read as one row per date and time; null for a wide file. */
  longFormat: z
    .strictObject({
      date: z.string(),
      time: z.string().nullable(),
      name: z.string(),
      value: z.string(),
      ignoredColumns: z.array(z.string()),
      measures: z.array(z.string()),
      longRows: z.int(),
    })
    .nullable(),
  /** 0–10 fields whose column holds only whole numbers 1–5: she says how to read each (`rescale`). */
  scaleQuestions: z.array(
    z.strictObject({
      field: z.enum(csvScoreFields),
      column: z.string(),
      min: z.number(),
      max: z.number(),
      choice: z.enum(csvScaleChoices).nullable(),
    }),
  ),
  unmappedColumns: z.array(z.string()),
  missingFields: z.array(z.string()),
  rows: z.int(),
  valid: z.int(),
  new: z.int(),
  alreadyPresent: z.int(),
  errors: z.array(rowError),
  preview: z.array(
    z.strictObject({
      row: z.int(),
      status: z.enum(['new', 'present', 'error']),
      // The check-in as it would be saved (its other fields depend on the mapping).
      checkin: z.looseObject({ recordedAt: z.string(), pain: z.number() }).optional(),
      cells: z.strictObject({ recordedAt: z.string(), pain: z.string() }).optional(),
    }),
  ),
});
/** `POST /import/csv` for real: what was added. */
export const csvImportResultSchema = z.strictObject({
  imported: z.strictObject({ checkins: z.int() }),
  alreadyPresent: z.int(),
  skippedRows: z.int(),
  errors: z.array(rowError),
});
export const csvImportAnswer = z.union([csvImportPlanSchema, csvImportResultSchema]);

/** `POST /import/apple-health`: counts by record type, and what was stored. */
export const appleImportAnswer = z.strictObject({
  imported: z.record(z.string(), z.int()),
  skipped: z.int(),
  summary: z.strictObject({
    days: z.int(),
    periods: z.int(),
    periodsAlreadyLogged: z.int(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
});

/** `GET /export`: the JSON backup (default), a CSV of one kind of record, or FHIR R4 JSON. */
export const exportAnswer = {
  description: 'A download: the JSON backup, a CSV file, or a FHIR R4 bundle.',
  content: {
    // The backup is every record she kept (the same document `POST /import` takes); only its header is named here.
    'application/json': {
      schema: z.looseObject({ format: z.string(), version: z.int(), exportedAt: z.string() }),
    },
    'text/csv': { schema: z.string().describe('One kind of record as CSV.') },
    'application/fhir+json': { schema: z.string().describe('A FHIR R4 bundle.') },
  },
};

/** `GET /report.pdf`: the printable report for her clinician. */
export const reportAnswer = fileAnswer(['application/pdf'], 'The report as a PDF.');
/** `GET /calendar/{token}.ics`: her break blocks and planned routines for the next weeks. */
export const calendarFeedAnswer = fileAnswer(['text/calendar'], 'An iCalendar feed (RFC 5545).');

/** `GET /history/span`: the first day History can show. */
export const spanAnswer = z.strictObject({ first: localDateSchema.nullable() });

const count = z.number().nullable();
// Not strict: a field the estimate grows later is left out of the answer rather than failing it (a 500
// here would hide the bleeding check).
/** `GET /cycle`: episodes, cycles, their variability, the stage estimate and the bleeding check. */
export const cycleAnswer = z.object({
  asOf: localDateSchema,
  episodes: z.array(z.object({ start: localDateSchema, end: localDateSchema })),
  cycles: z.array(z.object({ start: localDateSchema, lengthDays: count, periodEnd: localDateSchema })),
  variability: z.object({
    cycles: z.number(),
    meanDays: count,
    sdDays: count,
    maxDifferenceDays: count,
  }),
  stage: z.object({
    stage: z.enum(stages),
    basis: z.string(),
    evidence: z.array(localDateSchema),
    isEstimate: z.literal(true),
    daysSinceLastPeriod: count,
  }),
  bleedingCheck: cycleBleedingCheckSchema,
  /** The next period's likely window, or null with the reason in `forecastNote`. */
  forecast: periodForecastSchema.nullable(),
  forecastNote: z.string().nullable(),
});

/** Her answers to the bleeding check's questions (`/bleeding-answers`). */
export const bleedingAnswerAnswer = z.strictObject({ answer: bleedingAnswerSchema });
export const bleedingAnswersAnswer = listOf(bleedingAnswerSchema);
