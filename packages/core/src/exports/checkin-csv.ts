import type { core } from 'zod';
import { checkinFieldNames } from '../checkins/fields.js';
import { type Checkin, checkinInputSchema } from '../checkins/schema.js';
import type { Tracker } from '../trackers/schema.js';
import {
  type CellValue,
  formatCell,
  parseBooleanCell,
  parseInstantCell,
  parseListCell,
  parseNumberCell,
  parseTextCell,
} from './cells.js';

type FieldName = (typeof checkinFieldNames)[number];
type Kind = 'instant' | 'number' | 'boolean' | 'enum' | 'list' | 'areaScores' | 'text' | 'custom';

const kinds: Record<FieldName, Kind> = {
  recordedAt: 'instant',
  pain: 'number',
  painWorst: 'number',
  bodyAreas: 'list',
  painByArea: 'areaScores',
  painQualities: 'list',
  stiffnessMinutes: 'number',
  sleepHours: 'number',
  sleepQuality: 'number',
  nightPain: 'boolean',
  nightWakings: 'number',
  mood: 'number',
  stress: 'number',
  hotFlushes: 'number',
  nightSweats: 'boolean',
  bleeding: 'enum',
  activityMinutes: 'number',
  sittingHours: 'number',
  waterGlasses: 'number',
  foods: 'list',
  weightKg: 'number',
  waistCm: 'number',
  notes: 'text',
  custom: 'custom',
};

/** Fields a CSV column can be mapped onto: `id`, every check-in field but `custom`, and `custom:<trackerId>`. */
export const checkinCsvFields = ['id', ...checkinFieldNames.filter((f) => f !== 'custom')] as const;
export type CheckinCsvField = (typeof checkinCsvFields)[number] | `custom:${string}`;

/** Header of a tracker's column: `custom:<name>`, with the id's first 8 characters when two share a name. */
export function trackerHeader(tracker: Tracker, trackers: readonly Tracker[]): string {
  const clash = trackers.some(
    (t) => t.id !== tracker.id && t.name.toLowerCase() === tracker.name.toLowerCase(),
  );
  return clash ? `custom:${tracker.name} [${tracker.id.slice(0, 8)}]` : `custom:${tracker.name}`;
}

/**
 * Our own export's header row: `id`, `recordedAt`, `localDate` (for sorting) and `source` (the app an imported
 * check-in came from; both ignored on import), every field in API order and names, then one `custom:<name>`
 * column per tracker (archived ones too).
 */
export function checkinCsvHeaders(trackers: readonly Tracker[]): string[] {
  const fields = checkinFieldNames.filter((f) => f !== 'custom' && f !== 'recordedAt');
  return [
    'id',
    'recordedAt',
    'localDate',
    'source',
    ...fields,
    ...trackers.map((t) => trackerHeader(t, trackers)),
  ];
}

/** Pain per area in one cell: `lower_back_centre=6;hip_left=3`, read back by `parseAreaScores`. */
const areaScoresCell = (scores: Checkin['painByArea']): CellValue =>
  scores?.map(({ area, score }) => `${area}=${score}`);

/** `area=score` (or `area:score`) items of a list cell; an item without a score is handed on for the schema to refuse. */
function parseAreaScores(cell: string): unknown[] {
  return parseListCell(cell).map((item) => {
    const m = /^([a-z_]+)\s*[=:]\s*(.+)$/.exec(item);
    return m ? { area: m[1], score: parseNumberCell(m[2] as string) } : item;
  });
}

/** One check-in as CSV cells, in the order of `checkinCsvHeaders`. */
export function checkinCsvRow(c: Checkin, trackers: readonly Tracker[]): string[] {
  const fields = checkinFieldNames.filter((f) => f !== 'custom' && f !== 'recordedAt');
  return [
    c.id,
    c.recordedAt,
    c.localDate,
    formatCell(c.source),
    ...fields.map((f) =>
      f === 'painByArea'
        ? formatCell(areaScoresCell(c.painByArea))
        : formatCell(c[f] as CellValue, kinds[f] === 'text' ? 'text' : 'value'),
    ),
    ...trackers.map((t) => formatCell(c.custom?.[t.id])),
  ];
}

/** A problem with one cell (or the whole row when `field` is null), in the words of the check-in schema. */
export interface CellProblem {
  field: string | null;
  message: string;
}

export interface CsvRowResult {
  /** Validated check-in input (with `id` when the file has one); absent when there are problems. */
  input?: Record<string, unknown>;
  problems: CellProblem[];
}

function parseCell(kind: Kind, cell: string, offset: string): unknown {
  switch (kind) {
    case 'instant':
      return parseInstantCell(cell, offset);
    case 'number':
      return parseNumberCell(cell);
    case 'boolean':
      return parseBooleanCell(cell);
    case 'enum':
      return cell.trim().toLowerCase();
    case 'list':
      return parseListCell(cell);
    case 'areaScores':
      return parseAreaScores(cell);
    case 'text':
      return parseTextCell(cell);
    default:
      return cell.trim();
  }
}

/**
 * One CSV row (`column → cell`) through a mapping (`field → column`) into a check-in input, validated by the
 * same zod schema as the API. Empty cells mean "not recorded". Tracker values are read by the tracker's kind.
 * `zodMessages`: the language of zod's own messages (the schema's own messages are English, translated later).
 */
export function checkinFromCsvRow(
  cells: Readonly<Record<string, string>>,
  mapping: Readonly<Record<string, string>>,
  trackers: readonly Tracker[],
  offset = '+00:00',
  zodMessages?: core.$ZodErrorMap,
): CsvRowResult {
  const draft: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(mapping)) {
    const cell = cells[column] ?? '';
    if (cell.trim() === '') continue;
    if (field.startsWith('custom:')) {
      const id = field.slice('custom:'.length);
      const tracker = trackers.find((t) => t.id === id);
      custom[id] = tracker?.kind === 'boolean' ? parseBooleanCell(cell) : parseNumberCell(cell);
    } else if (field === 'id') {
      draft.id = cell.trim().toLowerCase();
    } else if (field in kinds) {
      draft[field] = parseCell(kinds[field as FieldName], cell, offset);
    }
  }
  if (Object.keys(custom).length) draft.custom = custom;
  const parsed = checkinInputSchema.safeParse(draft, zodMessages ? { error: zodMessages } : undefined);
  if (parsed.success) return { input: parsed.data as Record<string, unknown>, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const [first, second] = issue.path.map(String);
    const field = first === 'custom' && second ? `custom:${second}` : (first ?? null);
    return { field, message: issue.message };
  });
  return { problems };
}
