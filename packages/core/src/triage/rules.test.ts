import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reasonLabels, triageAdvice } from './advice.js';
import { type RuleAtom, type TriageRule, triageRules } from './rules.js';
import { reasonIds, triageAnswerKeys } from './schema.js';
import { matchingRules, triage } from './triage.js';

const spec = readFileSync(new URL('./spec/triage-spec.md', import.meta.url), 'utf8').replace(/\r\n/g, '\n');
const between = (start: string, end: string) => spec.slice(spec.indexOf(start), spec.indexOf(end));

describe('the rule table matches the clinical spec', () => {
  it('equals the machine-readable table of §6.1, rule for rule and in order', () => {
    const block = between('<!-- RULES-JSON-BEGIN -->', '<!-- RULES-JSON-END -->');
    const json = block.slice(block.indexOf('['), block.lastIndexOf(']') + 1);
    const ours = triageRules.map(({ id, level, when }) => ({ id, level, when }));
    expect(ours).toEqual(JSON.parse(json));
  });

  it('has 35 rules: 10 emergency, 10 urgent, 15 soon, with unique ids', () => {
    const count = (level: string) => triageRules.filter((r) => r.level === level).length;
    expect([triageRules.length, count('emergency'), count('urgent'), count('soon')]).toEqual([
      35, 10, 10, 15,
    ]);
    expect(new Set(triageRules.map((r) => r.id)).size).toBe(35);
  });

  it('uses only known answer keys and well-formed comparisons', () => {
    const atoms = triageRules.flatMap((r) => r.when.flat());
    const known = new Set<string>(triageAnswerKeys);
    for (const a of atoms)
      expect(known.has(a) || /^(age|pain_weeks)(>=|<)\d+(\.\d+)?$/.test(a), a).toBe(true);
  });

  it('gives the exact advice strings of §5', () => {
    const section = between('## 5. Advice text', '## 6. Rule table');
    const rows = [...section.matchAll(/^\| `(\w+)` \| `(.+)` \|$/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(triageAdvice);
  });

  it('labels every reason id with the plain label of §7.2', () => {
    const section = between('### 7.2 Reason labels', '### 7.3');
    const rows = [...section.matchAll(/^\| (\w+) \| (.+) \|$/gm)];
    expect(Object.fromEntries(rows.map((m) => [m[1], m[2]]))).toEqual(reasonLabels);
    expect(Object.keys(reasonLabels).sort()).toEqual([...reasonIds].sort());
  });
});

// Smallest input that makes one atom true. Age 40 makes no age atom true; pain_weeks defaults to 0.
type Answers = Record<string, boolean | number>;
function setTrue(atom: RuleAtom, state: { age: number; answers: Answers }) {
  const m = /^(age|pain_weeks)(>=|<)(.+)$/.exec(atom);
  if (!m) state.answers[atom] = true;
  else {
    const value = m[2] === '>=' ? Number(m[3]) : Number(m[3]) - 0.01;
    if (m[1] === 'age') state.age = value;
    else state.answers.pain_weeks = value;
  }
}
const reasonOf = (atom: RuleAtom) => /^(age|pain_weeks)/.exec(atom)?.[1] ?? atom;
/** For clause `i`, use `atom`; for every other clause its first atom (or leave it out when `skip`). */
function build(rule: TriageRule, pick: Map<number, RuleAtom>, skip?: number) {
  const state = { age: 40, answers: {} as Answers };
  rule.when.forEach((clause, i) => {
    if (i !== skip) setTrue(pick.get(i) ?? (clause[0] as RuleAtom), state);
  });
  return state;
}

const cases = triageRules.flatMap((rule) =>
  rule.when.flatMap((clause, i) => clause.map((atom) => [rule.id, atom, rule, i] as const)),
);

describe('every rule fires on each of its atoms', () => {
  it.each(cases)('%s matches when %s holds with the rest of its conditions', (id, atom, rule, i) => {
    const pick = new Map([[i, atom]]);
    const input = build(rule, pick);
    const match = matchingRules(input).find((m) => m.id === id);
    const expected = rule.when.map((c, j) => reasonOf(pick.get(j) ?? (c[0] as RuleAtom)));
    expect(match?.reasons).toEqual(expected);
  });

  it.each(cases)('%s wins at its own level on a minimal input using %s', (_id, atom, rule, i) => {
    const result = triage(build(rule, new Map([[i, atom]])));
    expect(result.level).toBe(rule.level);
    expect(result.reasons).toContain(reasonOf(atom));
  });
});

describe('every rule needs each of its conditions', () => {
  const clauses = triageRules.flatMap((rule) => rule.when.map((_c, i) => [rule.id, i + 1, rule, i] as const));
  it.each(clauses)('%s does not match when condition %i is missing', (id, _n, rule, i) => {
    const input = build(rule, new Map(), i);
    expect(matchingRules(input).map((m) => m.id)).not.toContain(id);
  });
});
