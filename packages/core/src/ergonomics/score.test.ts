import { describe, expect, it } from 'vitest';
import { ergonomicQuestions } from './questions.js';
import { type ErgonomicAnswers, ergonomicAnswersSchema } from './schema.js';
import { scoreErgonomics } from './score.js';

const pick = (choose: (points: number[]) => number) =>
  Object.fromEntries(
    ergonomicQuestions.map((q) => {
      const scored = q.options.filter((o) => o.points !== null);
      const target = choose(scored.map((o) => o.points as number));
      return [q.id, scored.find((o) => o.points === target)?.value as string];
    }),
  );
/** Every question answered with its best option, then the given answers on top. */
const makeCheck = (answers: Record<string, string> = {}): ErgonomicAnswers =>
  ergonomicAnswersSchema.parse({ answers: { ...pick((p) => Math.max(...p)), ...answers } });
const fixFor = (id: string, value: string) =>
  ergonomicQuestions.find((q) => q.id === id)?.options.find((o) => o.value === value)?.fix;

describe('ergonomic scoring', () => {
  it('scores the best answer everywhere as 100 with nothing to fix', () => {
    const result = scoreErgonomics(makeCheck());
    expect(result.score).toBe(100);
    expect(result.topFixes).toEqual([]);
    expect(result.areas.every((a) => a.score === 100 && a.fixes.length === 0)).toBe(true);
  });

  it('scores the answer with most strain everywhere as 0', () => {
    const result = scoreErgonomics(makeCheck(pick((p) => Math.min(...p))));
    expect(result.score).toBe(0);
    expect(result.areas.map((a) => a.score)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(result.topFixes).toHaveLength(3);
  });

  it('scores a mixed desk as worked out by hand', () => {
    const result = scoreErgonomics(
      makeCheck({
        'screen-height': 'too-low', // 0 of 2
        'lumbar-support': 'partly', // 1 of 2
        'sitting-stretch': 'over-2h', // 0 of 3
        armrests: 'in-the-way', // 1 of 2
        feet: 'tucked', // 1 of 2
        phone: 'not_applicable',
        'laptop-setup': 'not_applicable',
        'laptop-hours': 'not_applicable',
      }),
    );
    // 15 questions apply: 14 worth 2 and one worth 3 = 31 possible; 8 lost → 23/31 = 74.2 → 74.
    expect(result.score).toBe(74);
    expect(result.areas).toEqual([
      { area: 'breaks', score: 57, fixes: [fixFor('sitting-stretch', 'over-2h')] }, // 4/7
      {
        area: 'chair', // 6/8
        score: 75,
        fixes: [fixFor('lumbar-support', 'partly'), fixFor('armrests', 'in-the-way')],
      },
      { area: 'screen', score: 67, fixes: [fixFor('screen-height', 'too-low')] }, // 4/6
      { area: 'keyboard_mouse', score: 100, fixes: [] },
      { area: 'feet', score: 75, fixes: [fixFor('feet', 'tucked')] }, // 3/4
    ]);
    expect(result.topFixes).toEqual([
      fixFor('sitting-stretch', 'over-2h'),
      fixFor('screen-height', 'too-low'),
      fixFor('lumbar-support', 'partly'),
    ]);
  });

  it('puts the biggest point loss first, whatever the area', () => {
    const result = scoreErgonomics(makeCheck({ phone: 'shoulder', 'position-changes': 'sometimes' }));
    expect(result.topFixes).toEqual([fixFor('phone', 'shoulder'), fixFor('position-changes', 'sometimes')]);
  });

  it('breaks ties between equal losses by the fixed area priority', () => {
    const result = scoreErgonomics(
      makeCheck({
        phone: 'shoulder',
        feet: 'dangling',
        'keyboard-position': 'reaching',
        'screen-height': 'too-low',
        'chair-height': 'knees-high',
      }),
    );
    expect(result.topFixes).toEqual([
      fixFor('chair-height', 'knees-high'),
      fixFor('screen-height', 'too-low'),
      fixFor('keyboard-position', 'reaching'),
    ]);
  });

  it('leaves out an area where nothing applies', () => {
    const result = scoreErgonomics(
      makeCheck({ 'laptop-setup': 'not_applicable', 'laptop-hours': 'not_applicable' }),
    );
    expect(result.areas.map((a) => a.area)).not.toContain('laptop');
    expect(result.score).toBe(100);
  });
});

describe('ergonomic answers schema', () => {
  const best = () => makeCheck().answers;
  const issuesOf = (answers: Record<string, unknown>) =>
    ergonomicAnswersSchema.safeParse({ answers }).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('rejects an unknown question id', () => {
    expect(issuesOf({ ...best(), 'desk-plant': 'yes' })).toEqual([
      ['answers', 'Unknown question: desk-plant.'],
    ]);
  });

  it('rejects a value the question does not offer', () => {
    expect(issuesOf({ ...best(), 'screen-height': 'sideways' })).toEqual([
      ['answers.screen-height', 'Choose one of the answers offered.'],
    ]);
  });

  it('rejects "not applicable" where it is not offered', () => {
    expect(issuesOf({ ...best(), 'chair-height': 'not_applicable' })).toEqual([
      ['answers.chair-height', 'Choose one of the answers offered.'],
    ]);
  });

  it('needs every question answered, pointing to "not applicable" where it is offered', () => {
    const { phone: _p, feet: _f, ...rest } = best();
    expect(issuesOf(rest)).toEqual([
      ['answers.feet', 'Please answer this one.'],
      ['answers.phone', "Please answer this one, or choose the answer that says it doesn't apply."],
    ]);
  });

  it('rejects fields besides answers', () => {
    expect(ergonomicAnswersSchema.safeParse({ answers: best(), score: 100 }).success).toBe(false);
  });
});
