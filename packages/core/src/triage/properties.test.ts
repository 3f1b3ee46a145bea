import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triageAdvice } from './advice.js';
import {
  type TriageAnswerKey,
  type TriageLevel,
  triageAnswerKeys,
  triageInputSchema,
  triageLevels,
  triageResultSchema,
} from './schema.js';
import { triage, triageLevelRank } from './triage.js';

type Answers = Record<TriageAnswerKey, boolean>;
const answers = fc.record(
  Object.fromEntries(triageAnswerKeys.map((k) => [k, fc.boolean()])) as Record<
    TriageAnswerKey,
    fc.Arbitrary<boolean>
  >,
);
// Ages and weeks biased towards the thresholds of spec §4.1 as well as the whole range.
const age = fc.oneof(
  fc.double({ min: 0, max: 120, noNaN: true }),
  fc.constantFrom(0, 17.99, 18, 49.99, 50, 64.99, 65, 120),
);
const weeks = fc.oneof(fc.double({ min: 0, max: 520, noNaN: true }), fc.constantFrom(0, 5.99, 6, 520));
const key = fc.constantFrom(...triageAnswerKeys);
const run = (a: number, ans: Partial<Answers>, w = 0) =>
  triage(triageInputSchema.parse({ age: a, answers: { ...ans, pain_weeks: w } }));
const rank = (level: TriageLevel) => triageLevelRank[level];

// The reference pseudo-code of spec §4, run on the spec's own JSON table, for a byte-for-byte comparison.
const spec = readFileSync(new URL('./spec/triage-spec.md', import.meta.url), 'utf8');
const specJson = spec.slice(
  spec.indexOf('<!-- RULES-JSON-BEGIN -->'),
  spec.indexOf('<!-- RULES-JSON-END -->'),
);
const specRules = JSON.parse(specJson.slice(specJson.indexOf('['), specJson.lastIndexOf(']') + 1)) as {
  level: TriageLevel;
  when: string[][];
}[];
function reference(x: { age: number; answers: Record<string, unknown> & { pain_weeks: number } }) {
  const atom = (a: string): [boolean, string] => {
    const m = /^(age|pain_weeks)(>=|<)(\d+(?:\.\d+)?)$/.exec(a);
    if (m) {
      const v = m[1] === 'age' ? x.age : x.answers.pain_weeks;
      return [m[2] === '>=' ? v >= +(m[3] as string) : v < +(m[3] as string), m[1] as string];
    }
    return [x.answers[a] === true, a];
  };
  let level: TriageLevel = 'self_care';
  let reasons: string[] = [];
  for (const r of specRules) {
    const hits: string[] = [];
    let ok = true;
    for (const clause of r.when) {
      const t = clause.map(atom).filter(([v]) => v);
      if (t.length === 0) {
        ok = false;
        break;
      }
      hits.push(...t.map(([, id]) => id));
    }
    if (!ok) continue;
    if (rank(r.level) > rank(level)) {
      level = r.level;
      reasons = [];
    }
    if (r.level === level) for (const h of hits) if (!reasons.includes(h)) reasons.push(h);
  }
  return { level, reasons, advice: triageAdvice[level] };
}

describe('triage properties', () => {
  it('gives exactly what the reference pseudo-code of spec §4 gives on the spec table', () => {
    fc.assert(
      fc.property(age, answers, weeks, (a, ans, w) => {
        const parsed = triageInputSchema.parse({ age: a, answers: { ...ans, pain_weeks: w } });
        expect(triage(parsed)).toEqual(reference(parsed));
      }),
      { numRuns: 2000 },
    );
  });

  it('always gives a well-formed result with one of the four levels and its fixed advice', () => {
    fc.assert(
      fc.property(age, answers, weeks, (a, ans, w) => {
        const r = run(a, ans, w);
        return (
          triageLevels.includes(r.level) &&
          triageResultSchema.safeParse(r).success &&
          r.advice === triageAdvice[r.level]
        );
      }),
    );
  });

  // Monotone because no rule uses negation (spec §4): a yes only ever makes atoms true.
  it('never lowers the level when one more answer turns from no to yes', () => {
    fc.assert(
      fc.property(age, answers, weeks, key, (a, ans, w, k) => {
        const before = run(a, { ...ans, [k]: false }, w);
        const after = run(a, { ...ans, [k]: true }, w);
        return rank(after.level) >= rank(before.level);
      }),
    );
  });

  it('never lowers the level as the episode lasts longer', () => {
    fc.assert(
      fc.property(age, answers, weeks, weeks, (a, ans, w1, w2) => {
        const [lo, hi] = w1 <= w2 ? [w1, w2] : [w2, w1];
        return rank(run(a, ans, hi).level) >= rank(run(a, ans, lo).level);
      }),
    );
  });

  // Not for all ages: `age<18` (S13) is the one rule that can switch off as age rises.
  it('never lowers the level as an adult gets older', () => {
    const adult = fc.double({ min: 18, max: 120, noNaN: true });
    fc.assert(
      fc.property(adult, adult, answers, weeks, (a1, a2, ans, w) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        return rank(run(hi, ans, w).level) >= rank(run(lo, ans, w).level);
      }),
    );
  });

  it('gives emergency for any stand-alone emergency key (E1–E5), whatever else is answered', () => {
    const standAlone = fc.constantFrom<TriageAnswerKey>(
      'saddle_numbness',
      'bladder_change',
      'bowel_change',
      'sexual_numbness',
      'both_legs_symptoms',
      'leg_weakness_worsening',
      'sudden_tearing_pain',
      'chest_pain_breathless',
    );
    fc.assert(
      fc.property(age, answers, weeks, standAlone, (a, ans, w, k) => {
        const r = run(a, { ...ans, [k]: true }, w);
        return r.level === 'emergency' && r.reasons.includes(k);
      }),
    );
  });

  it('names only yes-answers, or age and pain_weeks when their threshold is met, each once', () => {
    fc.assert(
      fc.property(age, answers, weeks, (a, ans, w) => {
        const r = run(a, ans, w);
        const allowed = new Set<string>(triageAnswerKeys.filter((k) => ans[k]));
        if (a >= 50 || a < 18) allowed.add('age');
        if (w >= 6) allowed.add('pain_weeks');
        return new Set(r.reasons).size === r.reasons.length && r.reasons.every((x) => allowed.has(x));
      }),
    );
  });

  it('has reasons exactly when the level is above self-care', () => {
    fc.assert(
      fc.property(age, answers, weeks, (a, ans, w) => {
        const r = run(a, ans, w);
        return (r.level === 'self_care') === (r.reasons.length === 0);
      }),
    );
  });

  it('is self-care with no reasons for an adult who answers no to everything within 6 weeks', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 18, max: 120, noNaN: true }),
        fc.double({ min: 0, max: 5.99, noNaN: true }),
        (a, w) => {
          const r = run(a, {}, w);
          return r.level === 'self_care' && r.reasons.length === 0;
        },
      ),
    );
  });
});
