import {
  type DailyMetric,
  type DailyMetricSource,
  dailyMetricSourceNames,
  type Session,
} from '@spinekind/core';
import type { CodeableConcept, Observation, ObservationComponent, Quantity, Reference } from 'fhir/r4.js';
import {
  type Category,
  category,
  concept,
  exerciseDurationCode,
  LOINC,
  type NumericCode,
  numericCodes,
  OWN_CODES,
  RATING_CODES,
  ROUTINE_CODES,
  SOURCE_CODES,
  stepsCode,
  UCUM,
  uuidOf,
} from './fhir-codes.js';

const quantity = (value: number, [code, unit]: NumericCode['unit']): Quantity => ({
  value,
  unit,
  system: UCUM,
  code,
});
const score = (value: number) => quantity(value, ['{score}', 'score']);

/** `lowerBackPain` → `Lower back pain`. */
const words = (key: string) => {
  const text = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The code, unit and category of one daily metric: LOINC where one exists, else our own code (the metric id). */
function metricCode(metric: DailyMetric['metric']): {
  code: CodeableConcept;
  def: NumericCode;
  cat: Category;
} {
  if (metric === 'steps')
    return {
      code: concept(LOINC, stepsCode.loinc as string, stepsCode.display),
      def: stepsCode,
      cat: 'activity',
    };
  if (metric.startsWith('symptom:')) {
    const display = `${words(metric.slice('symptom:'.length))}, 0 (not present) to 3 (severe)`;
    return {
      code: concept(OWN_CODES, metric, display),
      def: { display, unit: ['{score}', 'score'] },
      cat: 'survey',
    };
  }
  if (metric === 'moodRating' || metric === 'energyRating') {
    // The other app's own scale (Bearable: 1–5 or 1–10), not our 0–10: our own code, no LOINC.
    const display =
      metric === 'moodRating'
        ? "Mood rating, on the source app's scale"
        : "Energy rating, on the source app's scale";
    return {
      code: concept(OWN_CODES, metric, display),
      def: { display, unit: ['{score}', 'score'] },
      cat: 'survey',
    };
  }
  const def =
    numericCodes[
      metric as Exclude<typeof metric, 'steps' | `symptom:${string}` | 'moodRating' | 'energyRating'>
    ];
  const code = def.loinc ? concept(LOINC, def.loinc, def.display) : concept(OWN_CODES, metric, def.display);
  return { code, def, cat: def.vital ? 'vital-signs' : 'survey' };
}

/**
 * Where an imported record came from, on each of its observations: the app as the `device` display and, for a
 * program to read, as a `meta.tag` of `SOURCE_CODES`. Nothing for what she entered in Spinekind.
 */
export function fromSource(source: DailyMetricSource | null): Partial<Observation> {
  if (!source) return {};
  const display = dailyMetricSourceNames[source];
  return { meta: { tag: [{ system: SOURCE_CODES, code: source, display }] }, device: { display } };
}

/**
 * One `Observation` per imported daily value (Apple Health, another app): effective on its local date, the
 * source app as the `device` display and, for a program to read, as a `meta.tag` of `SOURCE_CODES`. Ids hash
 * user, source, date and metric, so a re-export (or a re-import) keeps them.
 */
export function dailyMetricObservations(
  userId: string,
  subject: Reference,
  metrics: readonly DailyMetric[],
): Observation[] {
  return metrics.map((m) => {
    const { code, def, cat } = metricCode(m.metric);
    return {
      resourceType: 'Observation',
      id: uuidOf(`metric:${userId}:${m.source}:${m.localDate}:${m.metric}`),
      ...fromSource(m.source),
      status: 'final',
      category: category(cat),
      code,
      subject,
      effectiveDateTime: m.localDate,
      valueQuantity: quantity(m.value, def.unit),
    };
  });
}

/**
 * One `Observation` per exercise session: LOINC 55411-3 exercise duration in minutes over the session's
 * `effectivePeriod`, with the routine, pain before and after, effort and rating as components (our own codes).
 */
export function sessionObservations(
  subject: Reference,
  sessions: readonly Session[],
  routineName: (id: string) => string | undefined,
): Observation[] {
  return sessions.map((s) => {
    const minutes = Math.round((Date.parse(s.endedAt) - Date.parse(s.startedAt)) / 6000) / 10;
    const own = (code: string, display: string) => concept(OWN_CODES, code, display);
    const component: ObservationComponent[] = [
      {
        code: own('routine', 'Routine'),
        valueCodeableConcept: concept(ROUTINE_CODES, s.routineId, routineName(s.routineId) ?? s.routineId),
      },
      { code: own('painBefore', 'Pain before the session, 0-10'), valueQuantity: score(s.painBefore) },
      { code: own('painAfter', 'Pain after the session, 0-10'), valueQuantity: score(s.painAfter) },
      { code: own('effort', 'Effort, 0-10'), valueQuantity: score(s.effort) },
      {
        code: own('rating', 'How the session felt'),
        valueCodeableConcept: concept(RATING_CODES, s.rating, s.rating.replace(/_/g, ' ')),
      },
    ];
    if (s.exercises?.length) {
      component.push({
        code: own('exercisesDone', 'Exercises done'),
        valueQuantity: quantity(s.exercises.filter((e) => e.done).length, ['{count}', 'count']),
      });
    }
    return {
      resourceType: 'Observation',
      id: uuidOf(`session:${s.id}`),
      status: 'final',
      category: category('activity'),
      code: concept(LOINC, exerciseDurationCode.loinc, exerciseDurationCode.display),
      subject,
      effectivePeriod: { start: s.startedAt, end: s.endedAt },
      valueQuantity: quantity(minutes, ['min', 'min']),
      component,
      ...(s.notes ? { note: [{ text: s.notes }] } : {}),
    };
  });
}
