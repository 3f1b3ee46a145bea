import { z } from 'zod';

export const trackerKinds = ['number', 'boolean', 'scale_0_10'] as const;
export type TrackerKind = (typeof trackerKinds)[number];

const trackerFields = {
  name: z.string().trim().min(1, 'Give the tracker a name.').max(60, 'Use at most 60 characters.'),
  kind: z.enum(trackerKinds, { error: 'Kind is number, boolean or scale_0_10.' }),
  unit: z.string().trim().max(20, 'Use at most 20 characters for the unit.').nullable().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
};
const minNotAboveMax = (t: { min?: number | null; max?: number | null }) =>
  t.min == null || t.max == null || t.min <= t.max;
const rangeMessage = { message: 'Minimum must not be above maximum.', path: ['min'] };

/** A user-defined thing to track each day, e.g. "steps" (number) or "wore heels" (boolean). */
export const trackerInputSchema = z
  .strictObject({ id: z.uuid().optional(), ...trackerFields })
  .refine(minNotAboveMax, rangeMessage);
export type TrackerInput = z.infer<typeof trackerInputSchema>;

// The kind can't change once values exist: archive the tracker and make a new one instead.
const { kind: _kind, ...editableFields } = trackerFields;
export const trackerPatchSchema = z.strictObject(editableFields).partial();
export type TrackerPatch = z.infer<typeof trackerPatchSchema>;

export interface Tracker {
  id: string;
  name: string;
  kind: TrackerKind;
  unit: string | null;
  min: number | null;
  max: number | null;
  /** Archived trackers keep their values but are no longer offered in the form. */
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Custom values on a check-in: tracker id → number or yes/no. */
export const customValuesSchema = z.record(
  z.uuid({ error: 'Custom values are keyed by tracker id.' }),
  z.union([z.number(), z.boolean()]),
);
export type CustomValues = z.infer<typeof customValuesSchema>;

/** Checks custom values against the user's tracker definitions; returns problems as `{path, message}`. */
export function checkCustomValues(
  values: CustomValues,
  trackers: readonly Tracker[],
): { path: string; message: string }[] {
  const byId = new Map(trackers.map((t) => [t.id, t]));
  const problems: { path: string; message: string }[] = [];
  for (const [id, value] of Object.entries(values)) {
    const path = `custom.${id}`;
    const t = byId.get(id);
    if (!t) problems.push({ path, message: 'There is no tracker with this id.' });
    else if (t.kind === 'boolean' && typeof value !== 'boolean')
      problems.push({ path, message: `${t.name} is yes or no.` });
    else if (
      t.kind === 'scale_0_10' &&
      !(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10)
    )
      problems.push({ path, message: `${t.name} is a whole number from 0 to 10.` });
    else if (t.kind === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value))
        problems.push({ path, message: `${t.name} is a number.` });
      else if (t.min != null && value < t.min)
        problems.push({ path, message: `${t.name} must be ${t.min} or more.` });
      else if (t.max != null && value > t.max)
        problems.push({ path, message: `${t.name} must be ${t.max} or less.` });
    }
  }
  return problems;
}

/** Applies a patch and re-checks the rules that span fields. */
export function applyTrackerPatch(current: Tracker, patch: TrackerPatch): TrackerInput {
  const { id, name, kind, unit, min, max } = current;
  return trackerInputSchema.parse({ id, name, kind, unit, min, max, ...patch });
}
