import { describe, expect, it } from 'vitest';
import { fhirImport } from './fhir.js';
import { painScoreOf } from './fhir-pain.js';

const now = new Date('2024-07-01T12:00:00Z');
const PAIN = { coding: [{ system: 'http://loinc.org', code: '72514-3' }] };
const UCUM = 'http://unitsofmeasure.org';
const pain = (extra: Record<string, unknown>) => ({
  resourceType: 'Observation',
  status: 'final',
  code: PAIN,
  effectiveDateTime: '2024-06-01T08:15:00+02:00',
  ...extra,
});
const bundle = (...resources: unknown[]) => ({
  resourceType: 'Bundle',
  entry: resources.map((resource) => ({ resource })),
});

describe('FHIR pain scores (LOINC 72514-3)', () => {
  it('become check-ins at their time, with the offset as written', () => {
    const result = fhirImport(
      bundle(
        pain({ id: 'a', valueQuantity: { value: 6, system: UCUM, code: '{score}' } }),
        pain({ id: 'b', effectiveDateTime: '2024-06-02T21:40:00-05:00', valueInteger: 0 }),
      ),
      now,
    );
    expect(result.checkins.map(({ recordedAt, pain, line }) => ({ recordedAt, pain, line }))).toEqual([
      { recordedAt: '2024-06-01T08:15:00+02:00', pain: 6, line: 1 },
      { recordedAt: '2024-06-02T21:40:00-05:00', pain: 0, line: 2 },
    ]);
    expect(result.counts).toEqual({ pain: 2 });
    expect([result.from, result.to]).toEqual(['2024-06-01', '2024-06-02']);
    expect(result.errors).toEqual([]);
  });

  it('reads UCUM {score} and 1, and a value with no unit at all', () => {
    for (const valueQuantity of [
      { value: 4, system: UCUM, code: '{score}' },
      { value: 4, system: UCUM, code: '1', unit: 'score' },
      { value: 4 },
    ])
      expect(painScoreOf(pain({ valueQuantity }), undefined, now)).toMatchObject({ pain: 4 });
  });

  it('refuses other units, other scales, fractions, a date without a time, and the future', () => {
    const problem = (extra: Record<string, unknown>) => painScoreOf(pain(extra), undefined, now);
    expect(problem({ valueQuantity: { value: 7, system: UCUM, code: 'mm' } })).toEqual({
      error: 'The unit "mm" is not a 0–10 score unit (UCUM {score} or 1, or none).',
    });
    expect(problem({ valueQuantity: { value: 7, unit: 'score' } })).toHaveProperty('error');
    expect(problem({ valueQuantity: { value: 7, code: '{score}' } })).toHaveProperty('error');
    expect(problem({ valueQuantity: { value: 70 } })).toEqual({
      error: '70 is not a pain score from 0 to 10.',
    });
    expect(problem({ valueQuantity: { value: 6.5 } })).toEqual({
      error: '6.5 is not a pain score from 0 to 10.',
    });
    expect(problem({ valueString: 'bad' })).toHaveProperty('error');
    expect(problem({ valueInteger: 5, effectiveDateTime: '2024-06-01' })).toHaveProperty('error');
    expect(problem({ valueInteger: 5, effectiveDateTime: '2024-06-01T08:00:00' })).toHaveProperty('error');
    expect(problem({ valueInteger: 5, effectiveDateTime: '2024-07-03T08:00:00Z' })).toEqual({
      error: "The pain score's time 2024-07-03T08:00:00Z is in the future.",
    });
  });

  it('leaves out a score for one body area: it is not her overall pain', () => {
    const result = fhirImport(bundle(pain({ valueInteger: 5, bodySite: { text: 'Lower back' } })), now);
    expect(result.checkins).toEqual([]);
    expect(result.notImported.map((n) => n.what)).toEqual(['Pain scores for one body area']);
  });

  it('names an observation the same whatever offset its time is written in', () => {
    const key = (extra: Record<string, unknown>) =>
      (painScoreOf(pain({ valueInteger: 5, ...extra }), undefined, now) as { key: string }).key;
    expect(key({ id: 'a' })).toBe(key({ id: 'a', effectiveDateTime: '2024-06-01T06:15:00Z' }));
    expect(key({ id: 'a' })).not.toBe(key({ id: 'b' }));
    expect(key({ id: 'a' })).not.toBe(key({ id: 'a', effectiveDateTime: '2024-06-01T09:15:00+02:00' }));
    expect(key({ id: 'a', identifier: [{ system: 's', value: 'v' }] })).toBe(
      key({ id: 'other', identifier: [{ system: 's', value: 'v' }] }),
    );
  });

  it('reads the same observation twice as one check-in; twice with different scores is a row error', () => {
    const same = fhirImport(
      bundle(pain({ id: 'a', valueInteger: 5 }), pain({ id: 'a', valueInteger: 5 })),
      now,
    );
    expect(same.checkins).toHaveLength(1);
    expect(same.notImported).toEqual([
      { what: 'Repeated pain scores', count: 1, why: 'the same observation is already read from entry 1' },
    ]);
    const clash = fhirImport(
      bundle(pain({ id: 'a', valueInteger: 5 }), pain({ id: 'a', valueInteger: 7 })),
      now,
    );
    expect(clash.errors).toEqual([
      {
        line: 2,
        message: 'The same pain observation as entry 1 at the same time, with another score (7, not 5).',
      },
    ]);
  });
});
