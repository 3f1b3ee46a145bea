import { describe, expect, it } from 'vitest';
import { instrumentById, instruments } from './registry.js';
import { answersSchema, responseInputSchema, responseSchemaFor, scoreResponse } from './responses.js';
import type { Instrument } from './types.js';

const get = (id: string) => instrumentById(id) as Instrument;
const completedAt = '2026-03-01T09:00:00+01:00';

describe('answers', () => {
  it('rejects the wrong number of answers', () => {
    expect(answersSchema(get('peg')).safeParse([1, 2]).success).toBe(false);
    expect(answersSchema(get('mrs')).safeParse(Array(12).fill(0)).success).toBe(false);
  });

  it('rejects answers outside each item’s options, or not whole numbers, naming the item', () => {
    const r = answersSchema(get('mrs')).safeParse([0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.error?.issues[0]?.path).toEqual([2]);
    expect(answersSchema(get('phq2')).safeParse([0.5, 1]).success).toBe(false);
    expect(answersSchema(get('gad2')).safeParse([-1, 1]).success).toBe(false);
    expect(answersSchema(get('peg')).safeParse([0, 10, 11]).success).toBe(false);
  });

  it('accepts the lowest and highest answer of every instrument', () => {
    for (const i of instruments) {
      const lowest = i.items.map((item) => Math.min(...item.options.map((o) => o.value)));
      const highest = i.items.map((item) => Math.max(...item.options.map((o) => o.value)));
      expect(answersSchema(i).safeParse(lowest).success).toBe(true);
      expect(answersSchema(i).safeParse(highest).success).toBe(true);
      expect(i.score(highest).total).toBe(i.maxScore);
    }
  });
});

describe('response input', () => {
  it('checks answers per instrument and needs an instant with an offset', () => {
    const schema = responseSchemaFor(get('gad2'));
    expect(schema.safeParse({ answers: [3, 3], completedAt }).success).toBe(true);
    expect(schema.safeParse({ answers: [3, 4], completedAt }).success).toBe(false);
    expect(schema.safeParse({ answers: [3, 3], completedAt: '2026-03-01T09:00:00' }).success).toBe(false);
    expect(schema.safeParse({ answers: [3, 3], completedAt: '2026-03-01' }).success).toBe(false);
  });

  it('rejects unknown keys', () => {
    const schema = responseSchemaFor(get('peg'));
    expect(schema.safeParse({ answers: [1, 2, 3], completedAt, total: 2 }).success).toBe(false);
  });

  it('checks a backed-up response against its own instrument', () => {
    const ok = { completedAt, instrument: 'peg', answers: [1, 2, 3] };
    expect(responseInputSchema.safeParse(ok).success).toBe(true);
    const bad = responseInputSchema.safeParse({ ...ok, answers: [1, 2, 11] });
    expect(bad.error?.issues[0]?.path).toEqual(['answers', 2]);
    expect(responseInputSchema.safeParse({ ...ok, instrument: 'bdi' }).success).toBe(false);
  });
});

describe('scored response', () => {
  it('adds subscale bands for the MRS only', () => {
    const mrs = scoreResponse(get('mrs'), [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0]);
    expect(mrs).toMatchObject({ band: { id: 'severe' }, subscaleBands: { somatic: 'mild' } });
    expect(scoreResponse(get('peg'), [7, 5, 6])).toEqual({
      score: { total: 6 },
      band: expect.objectContaining({ id: 'middle' }),
    });
  });

  it('gives every instrument a citation, licence, recall period and schedule', () => {
    expect(instruments.map((i) => [i.id, i.everyDays, i.optIn])).toEqual([
      ['peg', 7, false],
      ['mrs', 30, false],
      ['rmdq', 30, false],
      ['phq2', 14, true],
      ['gad2', 14, true],
    ]);
    for (const i of instruments) {
      expect(i.citation).toMatch(/\d{4}/);
      expect(i.licence.length).toBeGreaterThan(10);
      expect(i.recall.length).toBeGreaterThan(5);
    }
  });
});
