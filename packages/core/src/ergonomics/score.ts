import { DomainError } from '../errors.js';
import { type ErgonomicAreaId, ergonomicAreaIds } from './areas.js';
import type { ErgonomicQuestion } from './question.js';
import { ergonomicQuestions } from './questions.js';
import type { ErgonomicAnswers, ErgonomicResult } from './schema.js';

interface Loss {
  fix: string;
  points: number;
  areaRank: number;
  order: number;
}
interface Tally {
  earned: number;
  possible: number;
  losses: Loss[];
}

const maxPoints = (q: ErgonomicQuestion) => Math.max(...q.options.map((o) => o.points ?? 0));
const percent = (t: { earned: number; possible: number }) =>
  t.possible === 0 ? 100 : Math.round((100 * t.earned) / t.possible);
// Biggest point loss first; ties go to the earlier area in `ergonomicAreaIds`, then the earlier question.
const byPriority = (a: Loss, b: Loss) => b.points - a.points || a.areaRank - b.areaRank || a.order - b.order;
const fixesOf = (losses: Loss[]) => [...new Set([...losses].sort(byPriority).map((l) => l.fix))];

/**
 * Scores a desk self-check. Score = round(100 × points earned ÷ points possible) over the questions
 * that apply ("not applicable" answers count in neither), overall and per area; 100 is the best set-up.
 * Areas where nothing applies are left out. `topFixes` are the three fixes worth most points.
 */
export function scoreErgonomics(check: ErgonomicAnswers): ErgonomicResult {
  const tallies = new Map<ErgonomicAreaId, Tally>();
  ergonomicQuestions.forEach((q, order) => {
    const chosen = q.options.find((o) => o.value === check.answers[q.id]);
    if (!chosen) {
      throw new DomainError('validation_failed', 'Every question needs one of its answers.', [
        { path: `answers.${q.id}`, message: 'Choose one of the answers offered.' },
      ]);
    }
    if (chosen.points === null) return;
    const max = maxPoints(q);
    const tally = tallies.get(q.area) ?? { earned: 0, possible: 0, losses: [] };
    tallies.set(q.area, tally);
    tally.earned += chosen.points;
    tally.possible += max;
    if (chosen.points < max && chosen.fix) {
      tally.losses.push({
        fix: chosen.fix,
        points: max - chosen.points,
        areaRank: ergonomicAreaIds.indexOf(q.area),
        order,
      });
    }
  });

  const all = [...tallies.values()];
  return {
    score: percent({
      earned: all.reduce((sum, t) => sum + t.earned, 0),
      possible: all.reduce((sum, t) => sum + t.possible, 0),
    }),
    areas: ergonomicAreaIds.flatMap((area) => {
      const tally = tallies.get(area);
      return tally ? [{ area, score: percent(tally), fixes: fixesOf(tally.losses) }] : [];
    }),
    topFixes: fixesOf(all.flatMap((t) => t.losses)).slice(0, 3),
  };
}
