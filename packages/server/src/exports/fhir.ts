import {
  bodyAreaLabels,
  type Checkin,
  type DailyMetric,
  type InstrumentResponse,
  instrumentById,
  type Period,
  painQualityLabels,
  type Session,
  type Tracker,
} from '@spinekind/core';
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  Observation,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from 'fhir/r4.js';
import { dailyMetricObservations, fromSource, sessionObservations } from './fhir-activity.js';
import {
  BLEEDING_CODES,
  BODY_AREA_CODES,
  booleanCodes,
  category,
  concept,
  FOOD_CODES,
  frequencyAnswers,
  LOINC,
  numericCodes,
  numericFields,
  OWN_CODES,
  PAIN_QUALITY_CODES,
  questionnaireCodes,
  TRACKER_CODES,
  UCUM,
  uuidOf,
} from './fhir-codes.js';
import { setObservations } from './fhir-sets.js';

/** A code's display: its English name when the list has one, else the id in words. */
const nameOf = (names: Readonly<Record<string, string>> | undefined, id: string) =>
  names?.[id] ?? id.replace(/_/g, ' ');

export interface FhirExportInput {
  userId: string;
  exportedAt: Date;
  checkins: readonly Checkin[];
  trackers: readonly Tracker[];
  periods: readonly Period[];
  responses: readonly InstrumentResponse[];
  /** Imported daily values (Apple Health). */
  dailyMetrics: readonly DailyMetric[];
  sessions: readonly Session[];
  /** A routine's name (catalogue or the user's own), for the session observations. */
  routineName: (id: string) => string | undefined;
}

/**
 * Everything a clinician's system can read, as a FHIR R4 `Bundle` of type `collection`: a `Patient` carrying
 * nothing but an id (no name, birth date or contact: none is needed to read the diary), one `Observation` per
 * recorded check-in value (LOINC where a code exists, else our own code system; pain per area as a pain
 * score with the area as `bodySite`), logged periods as
 * observations over their dates, each questionnaire as a `QuestionnaireResponse` plus its total score as
 * an `Observation`, imported daily values and exercise sessions as observations (`fhir-activity.ts`).
 * No `Condition`: the app never diagnoses.
 */
export function fhirBundle(input: FhirExportInput): Bundle {
  const patientId = uuidOf(`patient:${input.userId}`);
  const subject: Reference = { reference: `urn:uuid:${patientId}` };
  const entries: BundleEntry[] = [];
  const add = (resource: Observation | Patient | QuestionnaireResponse) =>
    entries.push({ fullUrl: `urn:uuid:${resource.id}`, resource });

  add({ resourceType: 'Patient', id: patientId, active: true } satisfies Patient);

  const observation = (
    key: string,
    code: CodeableConcept,
    at: string,
    rest: Partial<Observation>,
  ): Observation => ({
    resourceType: 'Observation',
    id: uuidOf(key),
    status: 'final',
    category: category('survey'),
    code,
    subject,
    effectiveDateTime: at,
    ...rest,
  });

  for (const c of input.checkins) {
    const at = c.recordedAt;
    // An imported check-in says where it came from on every value.
    const obs: typeof observation = (key, code, time, rest) =>
      observation(key, code, time, { ...fromSource(c.source), ...rest });
    for (const field of numericFields) {
      const value = c[field];
      if (value === null) continue;
      const def = numericCodes[field];
      const code = def.loinc
        ? concept(LOINC, def.loinc, def.display)
        : concept(OWN_CODES, field, def.display);
      add(
        obs(`${c.id}:${field}`, code, at, {
          ...(def.vital ? { category: category('vital-signs') } : {}),
          valueQuantity: { value, unit: def.unit[1], system: UCUM, code: def.unit[0] },
          ...(field === 'pain' && c.notes ? { note: [{ text: c.notes }] } : {}),
        }),
      );
    }
    for (const [field, display] of Object.entries(booleanCodes)) {
      const value = c[field as keyof typeof booleanCodes];
      if (value !== null)
        add(obs(`${c.id}:${field}`, concept(OWN_CODES, field, display), at, { valueBoolean: value }));
    }
    // Pain per area: the same LOINC pain score as the overall one, with the area as its body site.
    const painCode = numericCodes.pain;
    for (const { area, score } of c.painByArea ?? []) {
      add(
        obs(`${c.id}:pain:${area}`, concept(LOINC, painCode.loinc as string, painCode.display), at, {
          bodySite: concept(BODY_AREA_CODES, area, bodyAreaLabels[area]),
          valueQuantity: { value: score, unit: painCode.unit[1], system: UCUM, code: painCode.unit[0] },
        }),
      );
    }
    if (c.bleeding !== null)
      add(
        obs(`${c.id}:bleeding`, concept(OWN_CODES, 'bleeding', 'Vaginal bleeding'), at, {
          valueCodeableConcept: concept(BLEEDING_CODES, c.bleeding, c.bleeding),
        }),
      );
    const lists = [
      ['bodyAreas', 'Where it hurts', BODY_AREA_CODES, c.bodyAreas, bodyAreaLabels],
      ['painQualities', 'How the pain feels', PAIN_QUALITY_CODES, c.painQualities, painQualityLabels],
      ['foods', 'Foods and drinks ticked', FOOD_CODES, c.foods, undefined],
    ] as const;
    for (const [field, display, system, values, names] of lists) {
      if (!values?.length) continue;
      add(
        obs(`${c.id}:${field}`, concept(OWN_CODES, field, display), at, {
          component: values.map((v) => ({
            code: concept(system, v, nameOf(names, v)),
            valueBoolean: true,
          })),
        }),
      );
    }
    for (const [trackerId, value] of Object.entries(c.custom ?? {})) {
      const t = input.trackers.find((x) => x.id === trackerId);
      const code = concept(TRACKER_CODES, trackerId, t?.name ?? 'Own tracker');
      add(
        obs(
          `${c.id}:custom:${trackerId}`,
          code,
          at,
          typeof value === 'boolean'
            ? { valueBoolean: value }
            : { valueQuantity: { value, ...(t?.unit ? { unit: t.unit } : {}) } },
        ),
      );
    }
  }

  for (const p of input.periods) {
    add({
      ...observation(
        `period:${p.id}`,
        concept(OWN_CODES, 'menstrualPeriod', 'Menstrual period'),
        '',
        fromSource(p.source),
      ),
      effectiveDateTime: undefined,
      effectivePeriod: { start: p.startDate, ...(p.endDate ? { end: p.endDate } : {}) },
      ...(p.flow ? { valueCodeableConcept: concept(BLEEDING_CODES, p.flow, p.flow) } : {}),
    });
  }

  for (const r of input.responses) entries.push(...questionnaireEntries(r, subject));
  for (const o of dailyMetricObservations(input.userId, subject, input.dailyMetrics)) add(o);
  for (const o of sessionObservations(subject, input.sessions, input.routineName)) add(o);
  for (const o of setObservations(subject, input.sessions)) add(o);

  return {
    resourceType: 'Bundle',
    id: uuidOf(`bundle:${input.userId}:${input.exportedAt.toISOString()}`),
    type: 'collection',
    timestamp: input.exportedAt.toISOString(),
    entry: entries,
  };
}

function questionnaireEntries(r: InstrumentResponse, subject: Reference): BundleEntry[] {
  const instrument = instrumentById(r.instrument);
  const codes = questionnaireCodes[r.instrument];
  if (!instrument || !codes) return [];
  const item: QuestionnaireResponseItem[] = r.answers.map((value, i) => {
    const text = instrument.items[i]?.text ?? `Item ${i + 1}`;
    const linkId = codes.items?.[i] ?? String(i + 1);
    const frequency = codes.items ? frequencyAnswers[value] : undefined;
    return {
      linkId,
      text,
      answer: [
        frequency
          ? { valueCoding: { system: LOINC, code: frequency[0], display: frequency[1] } }
          : { valueInteger: value },
      ],
    };
  });
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: uuidOf(`response:${r.id}`),
    questionnaire: codes.url,
    status: 'completed',
    subject,
    authored: r.completedAt,
    item,
  };
  const totalCode = codes.total
    ? concept(LOINC, codes.total, `${instrument.name} total score`)
    : concept(OWN_CODES, `${r.instrument}Total`, `${instrument.name} total score`);
  const score: Observation = {
    resourceType: 'Observation',
    id: uuidOf(`response-score:${r.id}`),
    status: 'final',
    category: category('survey'),
    code: totalCode,
    subject,
    effectiveDateTime: r.completedAt,
    valueQuantity: { value: r.score.total, unit: 'score', system: UCUM, code: '{score}' },
    derivedFrom: [{ reference: `urn:uuid:${response.id}` }],
    ...(r.score.subscales
      ? {
          component: Object.entries(r.score.subscales).map(([name, value]) => ({
            code: concept(OWN_CODES, `${r.instrument}:${name}`, `${instrument.name}: ${name}`),
            valueQuantity: { value, unit: 'score', system: UCUM, code: '{score}' },
          })),
        }
      : {}),
  };
  return [
    { fullUrl: `urn:uuid:${response.id}`, resource: response },
    { fullUrl: `urn:uuid:${score.id}`, resource: score },
  ];
}
