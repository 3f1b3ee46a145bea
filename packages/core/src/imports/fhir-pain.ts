import { instantSchema } from '../date-schemas.js';
import { isInTheFuture } from '../dates.js';

/**
 * A pain score from a FHIR Observation (LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating"):
 * it becomes a check-in with that pain at the time it was recorded, never a daily value.
 *
 * What is read, decided for issue #21:
 * - the value: `valueQuantity.value` or `valueInteger`, a whole number 0–10 (a 0–10 numeric rating has no
 *   fractions; 6.5 or 70 is another scale and a row error, never rounded or rescaled);
 * - the unit: UCUM (`system` http://unitsofmeasure.org) `{score}` or `1`, or no unit at all (no system,
 *   code or unit text). Anything else (`mm` of a visual analogue scale, `%`, a unit text without its UCUM
 *   code) is a row error: we would be guessing the scale;
 * - the time: `effectiveDateTime` (or `effectiveInstant`) with its UTC offset, kept as written so the
 *   check-in lands on her local day; a date without a time, or a time without an offset, is a row error;
 * - a score with a `bodySite` is the pain of one area (our own export writes those beside the overall
 *   score), not her overall pain, so it is left out.
 */
const UCUM = 'http://unitsofmeasure.org';
const SCORE_UNITS = new Set(['{score}', '1']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A pain score read from one Observation: `key` names the observation the same way in every export. */
export interface ImportedPainScore {
  key: string;
  recordedAt: string;
  pain: number;
}

/** Why a pain Observation is not brought in: a row error, or something left out on purpose. */
export type PainScoreProblem = { error: string } | { leaveOut: { what: string; why: string } };

/**
 * Who the observation is, for the check-in's id: its first identifier (system|value), else its resource
 * id, else its full URL, else its value (two unnamed scores at the same moment with the same value are one).
 * The moment itself is added to the key, so one name reused for another time is another check-in.
 */
function identityOf(o: Obj, fullUrl: unknown, pain: number): string {
  const ids = Array.isArray(o.identifier) ? o.identifier.filter(isObj) : [];
  const first = ids.find((i) => typeof i.value === 'string' && i.value !== '');
  if (first) return `identifier:${String(first.system ?? '')}|${String(first.value)}`;
  if (typeof o.id === 'string' && o.id !== '') return `id:${o.id}`;
  if (typeof fullUrl === 'string' && fullUrl !== '') return `url:${fullUrl}`;
  return `value:${pain}`;
}

function unitProblem(q: Obj | undefined): string | undefined {
  if (!q) return undefined;
  const { system, code, unit } = q;
  if (system === undefined && code === undefined && unit === undefined) return undefined;
  if (system === UCUM && typeof code === 'string' && SCORE_UNITS.has(code)) return undefined;
  return `The unit "${String(code ?? unit ?? '')}" is not a 0–10 score unit (UCUM {score} or 1, or none).`;
}

/** One pain Observation → the check-in it becomes, or why not. */
export function painScoreOf(o: Obj, fullUrl: unknown, now: Date): ImportedPainScore | PainScoreProblem {
  if (o.bodySite !== undefined)
    return {
      leaveOut: {
        what: 'Pain scores for one body area',
        why: "a check-in's pain is your overall score; a score for one area alone is not brought in",
      },
    };
  const q = isObj(o.valueQuantity) ? o.valueQuantity : undefined;
  const value = q ? q.value : o.valueInteger;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { error: 'The pain score has no number in valueQuantity or valueInteger.' };
  const unit = unitProblem(q);
  if (unit) return { error: unit };
  if (!Number.isInteger(value) || value < 0 || value > 10)
    return { error: `${value} is not a pain score from 0 to 10.` };
  const at = o.effectiveDateTime ?? o.effectiveInstant;
  if (typeof at !== 'string' || !instantSchema.safeParse(at).success)
    return {
      error: `The pain score needs a date and time with its UTC offset (effectiveDateTime), not "${String(at ?? '')}".`,
    };
  if (isInTheFuture(at, now)) return { error: `The pain score's time ${at} is in the future.` };
  const instant = new Date(Date.parse(at)).toISOString();
  return { key: `${identityOf(o, fullUrl, value)}@${instant}`, recordedAt: at, pain: value };
}
