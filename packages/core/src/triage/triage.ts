import { triageAdvice } from './advice.js';
import { triageRules } from './rules.js';
import type { ParsedTriageInput, ReasonId, TriageLevel, TriageResult } from './schema.js';

const rank: Record<TriageLevel, number> = { emergency: 4, urgent: 3, soon: 2, self_care: 1 };
const comparison = /^(age|pain_weeks)(>=|<)(\d+(?:\.\d+)?)$/;

/** One atom of a rule: a yes-answer key, or `age>=65`-style comparison (spec §4). Returns [true?, reason id]. */
function atom(a: string, input: ParsedTriageInput): [boolean, ReasonId] {
  const m = comparison.exec(a);
  if (m) {
    const key = m[1] as 'age' | 'pain_weeks';
    const value = key === 'age' ? input.age : (input.answers.pain_weeks ?? 0);
    const limit = Number(m[3]);
    return [m[2] === '>=' ? value >= limit : value < limit, key];
  }
  // Only an answer that is exactly `true` counts (spec §2.3).
  return [(input.answers as Record<string, unknown>)[a] === true, a as ReasonId];
}

/** The rules that match, each with the reasons its true atoms give (clause order, then atom order). */
export function matchingRules(
  input: ParsedTriageInput,
): { id: string; level: TriageLevel; reasons: ReasonId[] }[] {
  const matches: { id: string; level: TriageLevel; reasons: ReasonId[] }[] = [];
  for (const rule of triageRules) {
    const reasons: ReasonId[] = [];
    const allClauses = rule.when.every((clause) => {
      const hits = clause.map((a) => atom(a, input)).filter(([ok]) => ok);
      reasons.push(...hits.map(([, id]) => id));
      return hits.length > 0;
    });
    if (allClauses) matches.push({ id: rule.id, level: rule.level, reasons });
  }
  return matches;
}

/**
 * Red-flag triage (triage-spec.md v1.0): the highest level among matching rules wins; reasons are those
 * of the rules at that level in table order, without duplicates; the advice is the level's fixed text.
 * A screening aid, not a diagnosis.
 */
export function triage(input: ParsedTriageInput): TriageResult {
  const matches = matchingRules(input);
  const level = matches.reduce<TriageLevel>(
    (best, m) => (rank[m.level] > rank[best] ? m.level : best),
    'self_care',
  );
  const reasons: ReasonId[] = [];
  for (const m of matches) {
    if (m.level !== level) continue;
    for (const r of m.reasons) if (!reasons.includes(r)) reasons.push(r);
  }
  return { level, reasons, advice: triageAdvice[level] };
}
