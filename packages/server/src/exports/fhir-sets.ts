import { exerciseById, type Session } from '@spinekind/core';
import type { Observation, ObservationComponent, Reference } from 'fhir/r4.js';
import { category, concept, OWN_CODES, UCUM, uuidOf } from './fhir-codes.js';

export const EXERCISE_CODES = 'https://spinekind.org/fhir/CodeSystem/exercise';

const own = (code: string, display: string) => concept(OWN_CODES, code, display);

/**
 * One `Observation` per logged set (the load log): the exercise as the value, and as components the set's
 * number, repetitions or seconds, load (kg in UCUM, a band colour, or body weight) and effort (RPE 0–10).
 * Each is `derivedFrom` its session's observation (`sessionObservations`), so a reader can group them.
 */
export function setObservations(subject: Reference, sessions: readonly Session[]): Observation[] {
  return sessions.flatMap((s) =>
    (s.exercises ?? []).flatMap((e) =>
      (e.sets ?? []).map((set, i): Observation => {
        const component: ObservationComponent[] = [
          { code: own('setNumber', 'Set number within the session'), valueInteger: i + 1 },
        ];
        if (set.reps !== undefined)
          component.push({ code: own('reps', 'Repetitions'), valueInteger: set.reps });
        if (set.seconds !== undefined)
          component.push({
            code: own('seconds', 'Seconds held'),
            valueQuantity: { value: set.seconds, unit: 's', system: UCUM, code: 's' },
          });
        if (set.loadKg !== undefined)
          component.push({
            code: own('loadKg', 'Load'),
            valueQuantity: { value: set.loadKg, unit: 'kg', system: UCUM, code: 'kg' },
          });
        if (set.band) component.push({ code: own('band', 'Resistance band colour'), valueString: set.band });
        if (set.bodyweight)
          component.push({ code: own('bodyweight', 'Own body weight as the load'), valueBoolean: true });
        if (set.rpe !== undefined)
          component.push({
            code: own('rpe', 'Effort (RPE), 0-10'),
            valueQuantity: { value: set.rpe, unit: 'score', system: UCUM, code: '{score}' },
          });
        return {
          resourceType: 'Observation',
          id: uuidOf(`set:${s.id}:${e.exerciseId}:${i + 1}`),
          status: 'final',
          category: category('activity'),
          code: own('strengthSet', 'Strength exercise set'),
          subject,
          effectiveDateTime: s.startedAt,
          valueCodeableConcept: concept(
            EXERCISE_CODES,
            e.exerciseId,
            exerciseById(e.exerciseId)?.name ?? e.exerciseId,
          ),
          component,
          derivedFrom: [{ reference: `urn:uuid:${uuidOf(`session:${s.id}`)}` }],
        };
      }),
    ),
  );
}
