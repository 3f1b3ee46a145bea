import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triageAdvice } from './advice.js';
import { triageRules } from './rules.js';
import { type TriageAnswerKey, type TriageInput, triageAnswerKeys, triageInputSchema } from './schema.js';
import { matchingRules, triage } from './triage.js';

const run = (input: TriageInput) => triage(triageInputSchema.parse(input));
const yes = (age: number, ...keys: TriageAnswerKey[]) =>
  run({ age, answers: Object.fromEntries(keys.map((k) => [k, true])) });

interface Vignette {
  id: string;
  input: TriageInput;
  expected_level: string;
  must_include_reasons?: string[];
  expected_reasons?: string[];
}
const vignettes = JSON.parse(
  readFileSync(new URL('../../../../../shared/clinical/vignettes-public.json', import.meta.url), 'utf8'),
) as Vignette[];

describe('public vignettes', () => {
  it.each(vignettes.map((v) => [v.id, v] as const))('%s gets the expected level and reasons', (_id, v) => {
    const result = run(v.input);
    expect(result.level).toBe(v.expected_level);
    for (const r of v.must_include_reasons ?? []) expect(result.reasons).toContain(r);
    if (v.expected_reasons) expect(result.reasons).toEqual(v.expected_reasons);
    expect(result.advice).toBe(triageAdvice[result.level]);
  });
});

describe('worked examples of spec §6.2', () => {
  it('fever with immunosuppression is urgent, reasons in table order', () => {
    expect(yes(50, 'fever', 'immunosuppressed')).toMatchObject({
      level: 'urgent',
      reasons: ['fever', 'immunosuppressed'],
    });
  });
  it('a strain on long-term steroids is urgent', () => {
    expect(yes(55, 'minor_trauma_or_strain', 'long_term_steroids').reasons).toEqual([
      'minor_trauma_or_strain',
      'long_term_steroids',
    ]);
  });
  it('a new bladder change outranks everything, and lower-level reasons are dropped', () => {
    expect(yes(62, 'osteoporosis_known', 'minor_trauma_or_strain', 'bladder_change')).toMatchObject({
      level: 'emergency',
      reasons: ['bladder_change'],
    });
  });
  it('constant night pain and upper-back pain at 62 is soon, with age as a reason', () => {
    expect(yes(62, 'night_pain_constant', 'chest_or_upper_back_pain').reasons).toEqual([
      'night_pain_constant',
      'chest_or_upper_back_pain',
      'age',
    ]);
  });
  it('a strain with upper-back pain at 49 is self-care with no reasons', () => {
    expect(yes(49, 'minor_trauma_or_strain', 'chest_or_upper_back_pain')).toEqual({
      level: 'self_care',
      reasons: [],
      advice: triageAdvice.self_care,
    });
  });
});

describe('each rule on its own', () => {
  // For every rule: the first atom of each clause, alone, must make that rule match.
  it.each(triageRules.map((r) => [r.id, r] as const))(
    '%s matches with the first atom of each clause',
    (id, rule) => {
      const answers: Record<string, boolean | number> = {};
      let age = 40;
      for (const clause of rule.when) {
        const a = clause[0] as string;
        if (a.startsWith('age>=')) age = Number(a.slice(5));
        else if (a.startsWith('age<')) age = Number(a.slice(4)) - 1;
        else if (a.startsWith('pain_weeks>=')) answers.pain_weeks = Number(a.slice(12));
        else answers[a] = true;
      }
      const matched = matchingRules(triageInputSchema.parse({ age, answers })).map((m) => m.id);
      expect(matched).toContain(id);
      expect(run({ age, answers }).level).toBe(rule.level);
    },
  );
});

describe('boundaries', () => {
  it('a minor strain is urgent from 65, soon from 50, nothing below 50', () => {
    expect(yes(65, 'minor_trauma_or_strain').level).toBe('urgent');
    expect(yes(64.9, 'minor_trauma_or_strain').level).toBe('soon');
    expect(yes(50, 'minor_trauma_or_strain').level).toBe('soon');
    expect(yes(49.9, 'minor_trauma_or_strain').level).toBe('self_care');
  });
  it('upper-back pain counts from age 50', () => {
    expect(yes(50, 'chest_or_upper_back_pain').level).toBe('soon');
    expect(yes(49, 'chest_or_upper_back_pain').level).toBe('self_care');
  });
  it('under 18 is soon by age alone; 18 is not', () => {
    expect(yes(17.9)).toMatchObject({ level: 'soon', reasons: ['age'] });
    expect(yes(18).level).toBe('self_care');
  });
  it('exactly 6 weeks of pain triggers a review; 5.9 weeks does not', () => {
    expect(run({ age: 45, answers: { pain_weeks: 6 } })).toMatchObject({
      level: 'soon',
      reasons: ['pain_weeks'],
    });
    expect(run({ age: 45, answers: { pain_weeks: 5.9 } }).level).toBe('self_care');
  });
  it('age alone never triggers anything for adults', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 18, max: 120, noNaN: true }),
        (age) => run({ age, answers: {} }).level === 'self_care',
      ),
    );
  });
});

describe('input validation', () => {
  it('rejects unknown keys at the top level and inside answers', () => {
    expect(triageInputSchema.safeParse({ age: 50, answers: {}, name: 'x' }).success).toBe(false);
    expect(triageInputSchema.safeParse({ age: 50, answers: { saddle_numbess: true } }).success).toBe(false);
  });
  it('rejects wrong types and out-of-range numbers', () => {
    for (const bad of [
      { answers: {} },
      { age: '50', answers: {} },
      { age: 121, answers: {} },
      { age: -1, answers: {} },
      { age: 50, answers: { fever: 'yes' } },
      { age: 50, answers: { fever: 1 } },
      { age: 50, answers: { pain_weeks: 521 } },
      { age: 50, answers: { pain_weeks: -0.5 } },
    ]) {
      expect(triageInputSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
  it('reads absent answers as no and absent pain_weeks as 0', () => {
    expect(run({ age: 40, answers: {} }).level).toBe('self_care');
    expect(run({ age: 40, answers: { fever: false } }).level).toBe('self_care');
  });
});

describe('properties', () => {
  const rank = { emergency: 4, urgent: 3, soon: 2, self_care: 1 } as const;
  const answers = fc.record(
    Object.fromEntries(triageAnswerKeys.map((k) => [k, fc.boolean()])) as Record<
      TriageAnswerKey,
      fc.Arbitrary<boolean>
    >,
  );
  const age = fc.integer({ min: 0, max: 120 });

  it('answering one more question "yes" never lowers the level', () => {
    fc.assert(
      fc.property(age, answers, fc.constantFrom(...triageAnswerKeys), (a, ans, key) => {
        const before = run({ age: a, answers: { ...ans, [key]: false } });
        const after = run({ age: a, answers: { ...ans, [key]: true } });
        return rank[after.level] >= rank[before.level];
      }),
    );
  });

  it('reasons are unique, name only yes-answers or age/pain_weeks, and are empty exactly for self-care', () => {
    fc.assert(
      fc.property(age, answers, fc.double({ min: 0, max: 520, noNaN: true }), (a, ans, weeks) => {
        const r = run({ age: a, answers: { ...ans, pain_weeks: weeks } });
        const allowed = new Set<string>([
          ...Object.keys(ans).filter((k) => ans[k as TriageAnswerKey]),
          'age',
          'pain_weeks',
        ]);
        return (
          new Set(r.reasons).size === r.reasons.length &&
          r.reasons.every((x) => allowed.has(x)) &&
          (r.level === 'self_care') === (r.reasons.length === 0) &&
          r.advice === triageAdvice[r.level]
        );
      }),
    );
  });
});
