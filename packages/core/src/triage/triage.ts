import { triageAdvice } from './advice.js';
import { type RuleAtom, type TriageRule, triageRules } from './rules.js';
import type { ReasonId, TriageAnswerKey, TriageLevel, TriageResult } from './schema.js';

/**
 * What the engine reads. A parsed `ParsedTriageInput` fits; so does an older stored input with answers
 * left out, because the engine applies the §2.3 defaults again itself.
 */
export interface TriageEngineInput {
  age: number;
  answers?: Partial<Record<TriageAnswerKey, boolean>> & { pain_weeks?: number };
}

interface Normalised {
  age: number;
  painWeeks: number;
  yes: (key: TriageAnswerKey) => boolean;
}

/** A rule that matched, with the reason ids of its true atoms (clause order, then atom order). */
export interface RuleMatch {
  id: string;
  level: TriageRule['level'];
  reasons: ReasonId[];
}

/** Ranks of spec §1: the higher wins. */
export const triageLevelRank: Record<TriageLevel, number> = {
  emergency: 4,
  urgent: 3,
  soon: 2,
  self_care: 1,
};

// Age the engine uses when handed no usable age: it meets every `age >= N` test and fails `age < 18` (spec §2.3.3).
const FAIL_SAFE_AGE = 65;
const comparison = /^(age|pain_weeks)(>=|<)(\d+(?:\.\d+)?)$/;

function normalise(input: TriageEngineInput): Normalised {
  const answers: Record<string, unknown> = input.answers ?? {};
  const weeks = answers.pain_weeks;
  return {
    age: Number.isFinite(input.age) && input.age >= 0 ? input.age : FAIL_SAFE_AGE,
    painWeeks: typeof weeks === 'number' ? weeks : 0,
    // Only an answer that is exactly `true` counts as present (spec §2.3.2).
    yes: (key) => answers[key] === true,
  };
}

function evaluate(atom: RuleAtom, x: Normalised): [boolean, ReasonId] {
  const m = comparison.exec(atom);
  if (!m) return [x.yes(atom as TriageAnswerKey), atom as TriageAnswerKey];
  const key = m[1] as 'age' | 'pain_weeks';
  const value = key === 'age' ? x.age : x.painWeeks;
  const limit = Number(m[3]);
  return [m[2] === '>=' ? value >= limit : value < limit, key];
}

function match(rule: TriageRule, x: Normalised): RuleMatch | undefined {
  const reasons: ReasonId[] = [];
  for (const clause of rule.when) {
    const hits = clause.map((a) => evaluate(a, x)).filter(([ok]) => ok);
    if (hits.length === 0) return undefined;
    reasons.push(...hits.map(([, id]) => id));
  }
  return { id: rule.id, level: rule.level, reasons };
}

/** Every rule of the table that matches the input, in table order (logged with the result, spec §7.3). */
export function matchingRules(input: TriageEngineInput): RuleMatch[] {
  const x = normalise(input);
  return triageRules.flatMap((rule) => match(rule, x) ?? []);
}

/**
 * Red-flag triage (triage-spec.md v1.0): the highest level among matching rules wins; `reasons` are
 * those of the rules at that level, in table order, first occurrence kept; `advice` is the level's
 * fixed text. A screening aid that points to the right place for care, never a diagnosis.
 */
export function triage(input: TriageEngineInput): TriageResult {
  const matches = matchingRules(input);
  const level = matches.reduce<TriageLevel>(
    (best, m) => (triageLevelRank[m.level] > triageLevelRank[best] ? m.level : best),
    'self_care',
  );
  const reasons: ReasonId[] = [];
  for (const m of matches) {
    if (m.level !== level) continue;
    for (const r of m.reasons) if (!reasons.includes(r)) reasons.push(r);
  }
  return { level, reasons, advice: triageAdvice[level] };
}
