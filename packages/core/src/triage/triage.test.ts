import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { triageAdvice } from './advice.js';
import { type TriageAnswerKey, type TriageInput, triageInputSchema } from './schema.js';
import { matchingRules, triage } from './triage.js';

const run = (input: TriageInput) => triage(triageInputSchema.parse(input));
/** A validated input with the given answers set to yes. */
const makeInput = (age: number, yes: TriageAnswerKey[] = [], painWeeks?: number) =>
  triageInputSchema.parse({
    age,
    answers: { ...Object.fromEntries(yes.map((k) => [k, true])), pain_weeks: painWeeks },
  });
const yes = (age: number, ...keys: TriageAnswerKey[]) => triage(makeInput(age, keys));

interface Vignette {
  id: string;
  description: string;
  input: TriageInput;
  expected_level: string;
  must_include_reasons?: string[];
}
const vignettes = JSON.parse(
  readFileSync(new URL('./spec/vignettes-public.json', import.meta.url), 'utf8'),
) as Vignette[];

describe('public vignettes (spec §10)', () => {
  it('has all 16 public cases to run', () => {
    expect(vignettes).toHaveLength(16);
  });

  it.each(vignettes.map((v) => [`${v.id}: ${v.description}`, v] as const))('%s', (_name, v) => {
    const result = run(v.input);
    expect(result.level).toBe(v.expected_level);
    expect(result.reasons).toEqual(expect.arrayContaining(v.must_include_reasons ?? []));
    expect(result.advice).toBe(triageAdvice[result.level]);
  });
});

describe('worked examples of spec §6.2', () => {
  it('fever with immunosuppression is urgent, reasons in table order', () => {
    expect(yes(50, 'fever', 'immunosuppressed')).toMatchObject({
      level: 'urgent',
      reasons: ['fever', 'immunosuppressed'],
    });
    expect(matchingRules(makeInput(50, ['fever', 'immunosuppressed'])).map((m) => m.id)).toEqual([
      'U1',
      'U2',
      'S9',
    ]);
  });

  it('a strain on long-term steroids at 55 is urgent from U7, and the soon rules add nothing', () => {
    expect(yes(55, 'minor_trauma_or_strain', 'long_term_steroids')).toMatchObject({
      level: 'urgent',
      reasons: ['minor_trauma_or_strain', 'long_term_steroids'],
    });
  });

  it('a new bladder change outranks a fracture risk, and lower-level reasons are dropped', () => {
    const input = makeInput(62, ['osteoporosis_known', 'minor_trauma_or_strain', 'bladder_change']);
    expect(matchingRules(input).map((m) => m.id)).toEqual(['E1', 'U7', 'S8', 'S12']);
    expect(triage(input)).toMatchObject({ level: 'emergency', reasons: ['bladder_change'] });
  });

  it('constant night pain and upper-back pain at 62 is soon, with age as a reason', () => {
    expect(yes(62, 'night_pain_constant', 'chest_or_upper_back_pain')).toMatchObject({
      level: 'soon',
      reasons: ['night_pain_constant', 'chest_or_upper_back_pain', 'age'],
    });
  });

  it('a strain with upper-back pain at 49 is self-care with no reasons', () => {
    expect(yes(49, 'minor_trauma_or_strain', 'chest_or_upper_back_pain')).toEqual({
      level: 'self_care',
      reasons: [],
      advice: triageAdvice.self_care,
    });
  });
});

describe('reasons', () => {
  it('lists the true atoms of every rule at the winning level in table order, each once', () => {
    // E1 gives bladder_change; E7 gives cancer_history, night_pain_constant, tingling_or_numbness;
    // E8 repeats cancer_history (kept once) and adds leg_weakness_new.
    const result = yes(
      58,
      'tingling_or_numbness',
      'leg_weakness_new',
      'night_pain_constant',
      'cancer_history',
      'bladder_change',
    );
    expect(result.reasons).toEqual([
      'bladder_change',
      'cancer_history',
      'night_pain_constant',
      'tingling_or_numbness',
      'leg_weakness_new',
    ]);
  });

  it('names age once when two rules at the winning level both use it', () => {
    expect(yes(55, 'chest_or_upper_back_pain', 'minor_trauma_or_strain').reasons).toEqual([
      'chest_or_upper_back_pain',
      'age',
      'minor_trauma_or_strain',
    ]);
  });

  it('lists every true atom of an any() clause, not only the first', () => {
    expect(yes(45, 'saddle_numbness', 'bowel_change', 'sexual_numbness').reasons).toEqual([
      'saddle_numbness',
      'bowel_change',
      'sexual_numbness',
    ]);
  });
});

describe('advice', () => {
  it('gives the fixed text of the final level, in plain ASCII', () => {
    expect(yes(40, 'fever').advice).toBe(triageAdvice.urgent);
    for (const text of Object.values(triageAdvice)) expect(text).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('the engine on its own (spec §2.3.3)', () => {
  it('reads answers that are left out as no and a missing pain_weeks as 0', () => {
    expect(triage({ age: 40 })).toMatchObject({ level: 'self_care', reasons: [] });
    expect(triage({ age: 40, answers: { fever: true } }).level).toBe('urgent');
  });

  it('counts only an answer that is exactly true', () => {
    const answers = { fever: 'true', saddle_numbness: 1 } as unknown as Record<TriageAnswerKey, boolean>;
    expect(triage({ age: 40, answers }).level).toBe('self_care');
  });

  it.each([
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['negative', -1],
  ])('uses age 65 when the age is %s: a minor strain becomes urgent', (_what, age) => {
    expect(triage({ age, answers: { minor_trauma_or_strain: true } })).toMatchObject({
      level: 'urgent',
      reasons: ['minor_trauma_or_strain', 'age'],
    });
  });

  it('does not treat a missing age as under 18', () => {
    expect(triage({ age: Number.NaN }).level).toBe('self_care');
  });

  it('gives the same result for raw partial answers as for the validated input', () => {
    const raw = { age: 66, answers: { minor_trauma_or_strain: true, pain_weeks: 7 } };
    expect(triage(raw)).toEqual(run(raw));
  });
});
