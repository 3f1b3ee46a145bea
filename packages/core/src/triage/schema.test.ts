import { describe, expect, it } from 'vitest';
import {
  reasonIds,
  triageAnswerFields,
  triageAnswerKeys,
  triageInputSchema,
  triageLevels,
  triageResultSchema,
} from './schema.js';

const accepts = (input: unknown) => triageInputSchema.safeParse(input).success;

describe('triage input: what is accepted', () => {
  it('has the 25 yes/no keys of spec §2.1–2.2 plus pain_weeks, each once', () => {
    expect(triageAnswerKeys).toHaveLength(25);
    expect(new Set(triageAnswerFields).size).toBe(26);
  });

  it('accepts an age alone and reads every missing answer as no and pain_weeks as 0', () => {
    const parsed = triageInputSchema.parse({ age: 52 });
    expect(parsed.age).toBe(52);
    for (const k of triageAnswerKeys) expect(parsed.answers[k]).toBe(false);
    expect(parsed.answers.pain_weeks).toBe(0);
  });

  it('fills in the missing answers of a partial answers object and keeps the given ones', () => {
    const parsed = triageInputSchema.parse({ age: 52, answers: { fever: true, pain_weeks: 2 } });
    expect(parsed.answers.fever).toBe(true);
    expect(parsed.answers.pain_weeks).toBe(2);
    expect(parsed.answers.saddle_numbness).toBe(false);
    expect(Object.keys(parsed.answers).sort()).toEqual([...triageAnswerFields].sort());
  });

  it('accepts every answer key set to true', () => {
    for (const k of triageAnswerKeys) expect(accepts({ age: 40, answers: { [k]: true } }), k).toBe(true);
  });

  it('accepts the age limits 0 and 120 and fractional ages', () => {
    expect(accepts({ age: 0 })).toBe(true);
    expect(accepts({ age: 120 })).toBe(true);
    expect(accepts({ age: 64.5 })).toBe(true);
  });

  it('keeps a fractional pain_weeks as sent, without rounding', () => {
    expect(triageInputSchema.parse({ age: 40, answers: { pain_weeks: 5.99 } }).answers.pain_weeks).toBe(5.99);
  });

  it('accepts the pain_weeks limits 0 and 520', () => {
    expect(accepts({ age: 40, answers: { pain_weeks: 0 } })).toBe(true);
    expect(accepts({ age: 40, answers: { pain_weeks: 520 } })).toBe(true);
  });

  it('parses its own output to the same value (round trip)', () => {
    const once = triageInputSchema.parse({ age: 61, answers: { cancer_history: true, pain_weeks: 7.5 } });
    expect(triageInputSchema.parse(once)).toEqual(once);
  });
});

describe('triage input: what is rejected', () => {
  it('rejects a missing age', () => {
    expect(accepts({ answers: {} })).toBe(false);
  });

  it('rejects an age that is not a number', () => {
    for (const age of ['50', null, true, Number.NaN]) expect(accepts({ age }), String(age)).toBe(false);
  });

  it('rejects an age below 0 or above 120', () => {
    expect(accepts({ age: -0.1 })).toBe(false);
    expect(accepts({ age: 120.1 })).toBe(false);
    expect(accepts({ age: Number.POSITIVE_INFINITY })).toBe(false);
  });

  it('rejects an unknown key at the top level', () => {
    expect(accepts({ age: 50, answers: {}, name: 'x' })).toBe(false);
  });

  it('rejects an unknown (misspelled) key inside answers and names it', () => {
    const result = triageInputSchema.safeParse({ age: 50, answers: { saddle_numbess: true } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('saddle_numbess');
  });

  it('rejects a yes/no answer that is not a boolean', () => {
    for (const v of ['yes', 'true', 1, 0, null, []]) {
      expect(accepts({ age: 50, answers: { fever: v } }), JSON.stringify(v)).toBe(false);
    }
  });

  it('rejects a pain_weeks that is not a finite number from 0 to 520', () => {
    for (const v of [-0.5, 520.01, '6', null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(accepts({ age: 50, answers: { pain_weeks: v } }), String(v)).toBe(false);
    }
  });

  it('rejects answers that are not an object', () => {
    for (const answers of [null, [], 'fever', true]) expect(accepts({ age: 50, answers })).toBe(false);
  });
});

describe('triage output shape', () => {
  it('accepts a level, reasons from the allowed ids and an advice text, and nothing else', () => {
    expect(triageResultSchema.safeParse({ level: 'soon', reasons: ['age'], advice: 'x' }).success).toBe(true);
    expect(triageResultSchema.safeParse({ level: 'soon', reasons: ['x'], advice: 'x' }).success).toBe(false);
    expect(triageResultSchema.safeParse({ level: 'soon', reasons: [], advice: 'x', extra: 1 }).success).toBe(
      false,
    );
  });

  it('lists the four levels highest first and allows age and pain_weeks as reasons', () => {
    expect(triageLevels).toEqual(['emergency', 'urgent', 'soon', 'self_care']);
    expect(reasonIds).toContain('age');
    expect(reasonIds).toContain('pain_weeks');
  });
});
