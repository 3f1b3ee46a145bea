import { describe, expect, it } from 'vitest';
import { ergonomicAreaIds, ergonomicAreas } from './areas.js';
import { ERGONOMIC_NOT_APPLICABLE } from './question.js';
import { ergonomicQuestions } from './questions.js';

const scored = ergonomicQuestions.map((q) => ({ q, points: q.options.flatMap((o) => o.points ?? []) }));

describe('ergonomic question bank', () => {
  it('asks 14–20 questions with unique ids and unique answer values', () => {
    expect(ergonomicQuestions.length).toBeGreaterThanOrEqual(14);
    expect(ergonomicQuestions.length).toBeLessThanOrEqual(20);
    expect(new Set(ergonomicQuestions.map((q) => q.id)).size).toBe(ergonomicQuestions.length);
    for (const q of ergonomicQuestions) {
      expect(new Set(q.options.map((o) => o.value)).size, q.id).toBe(q.options.length);
    }
  });

  it('covers every area, and every area has a graded source and a note', () => {
    expect(new Set(ergonomicQuestions.map((q) => q.area))).toEqual(new Set(ergonomicAreaIds));
    expect(ergonomicAreas.map((a) => a.id)).toEqual([...ergonomicAreaIds]);
    for (const area of ergonomicAreas) {
      expect(area.sources.length, area.id).toBeGreaterThan(0);
      expect(area.note.length, area.id).toBeGreaterThan(0);
    }
  });

  it('gives each question a best answer without a fix and a 0-point answer', () => {
    for (const { q, points } of scored) {
      const max = Math.max(...points);
      expect(points, q.id).toContain(0);
      for (const o of q.options) {
        if (o.points === max || o.points === null) expect(o.fix, `${q.id}.${o.value}`).toBeUndefined();
        else expect(o.fix, `${q.id}.${o.value}`).toMatch(/\.$/);
      }
    }
  });

  it('offers "not applicable" only as an unscored answer', () => {
    for (const q of ergonomicQuestions) {
      for (const o of q.options)
        expect(o.points === null, `${q.id}.${o.value}`).toBe(o.value === ERGONOMIC_NOT_APPLICABLE);
    }
  });

  it('speaks kindly: no blame words in questions, answers or fixes', () => {
    const text = ergonomicQuestions.flatMap((q) => [
      q.text,
      q.why,
      ...q.options.flatMap((o) => [o.label, o.fix ?? '']),
    ]);
    for (const t of text) expect(t, t).not.toMatch(/\b(should|must|bad|wrong|poor|lazy|never)\b/i);
  });
});
