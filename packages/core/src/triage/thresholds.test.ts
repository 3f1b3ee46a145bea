import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TriageAnswerKey, triageInputSchema } from './schema.js';
import { triage } from './triage.js';

/** Triage of a validated input with the given answers set to yes. */
const at = (age: number, keys: TriageAnswerKey[] = [], painWeeks?: number) =>
  triage(
    triageInputSchema.parse({
      age,
      answers: { ...Object.fromEntries(keys.map((k) => [k, true])), pain_weeks: painWeeks },
    }),
  );

describe('U8 and S12: a minor strain by age (spec §4.1, §8.4)', () => {
  it('is urgent from exactly 65, with age as a reason', () => {
    expect(at(65, ['minor_trauma_or_strain'])).toMatchObject({
      level: 'urgent',
      reasons: ['minor_trauma_or_strain', 'age'],
    });
    expect(at(120, ['minor_trauma_or_strain']).level).toBe('urgent');
  });

  it('is soon just below 65 and from exactly 50', () => {
    expect(at(64.99, ['minor_trauma_or_strain'])).toMatchObject({
      level: 'soon',
      reasons: ['minor_trauma_or_strain', 'age'],
    });
    expect(at(50, ['minor_trauma_or_strain']).level).toBe('soon');
  });

  it('is self-care just below 50', () => {
    expect(at(49.99, ['minor_trauma_or_strain'])).toMatchObject({ level: 'self_care', reasons: [] });
  });

  it('is urgent at any age with osteoporosis or long-term steroids (U7)', () => {
    expect(at(30, ['minor_trauma_or_strain', 'osteoporosis_known']).level).toBe('urgent');
    expect(at(30, ['minor_trauma_or_strain', 'long_term_steroids']).level).toBe('urgent');
  });
});

describe('S11: upper-back pain by age', () => {
  it('is soon from exactly 50, with age as a reason', () => {
    expect(at(50, ['chest_or_upper_back_pain'])).toMatchObject({
      level: 'soon',
      reasons: ['chest_or_upper_back_pain', 'age'],
    });
  });

  it('is self-care just below 50', () => {
    expect(at(49.99, ['chest_or_upper_back_pain']).level).toBe('self_care');
  });
});

describe('S13: age under 18', () => {
  it('is soon from age alone at 0 and just below 18', () => {
    expect(at(0)).toMatchObject({ level: 'soon', reasons: ['age'] });
    expect(at(17.99)).toMatchObject({ level: 'soon', reasons: ['age'] });
  });

  it('is self-care at exactly 18', () => {
    expect(at(18).level).toBe('self_care');
  });

  it('adds age to the reasons of other soon rules but not to higher levels', () => {
    expect(at(16, ['one_leg_radiating']).reasons).toEqual(['one_leg_radiating', 'age']);
    expect(at(16, ['fever']).reasons).toEqual(['fever']);
  });
});

describe('S3: pain for 6 weeks or more', () => {
  it('is soon at exactly 6 weeks, with pain_weeks as the reason', () => {
    expect(at(45, [], 6)).toMatchObject({ level: 'soon', reasons: ['pain_weeks'] });
    expect(at(45, [], 520).level).toBe('soon');
  });

  it('is self-care at 5.9 and 5.99 weeks', () => {
    expect(at(45, [], 5.9).level).toBe('self_care');
    expect(at(45, [], 5.99).level).toBe('self_care');
  });

  it('is self-care when pain_weeks is left out', () => {
    expect(at(45).level).toBe('self_care');
  });
});

describe('age alone (spec §8.11)', () => {
  it('never triggers anything from 18 to 120', () => {
    fc.assert(
      fc.property(fc.double({ min: 18, max: 120, noNaN: true }), (age) => at(age).level === 'self_care'),
    );
  });
});
