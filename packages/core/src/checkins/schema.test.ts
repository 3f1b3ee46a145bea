import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyAreaLabels, bodyAreas, painQualities, painQualityLabels } from './body-areas.js';
import { checkinFieldNames } from './fields.js';
import {
  applyCheckinPatch,
  type Checkin,
  checkinInputSchema,
  checkinListQuerySchema,
  checkinPatchSchema,
} from './schema.js';

const makeCheckin = (over: Record<string, unknown> = {}) => ({
  id: '3e92e8ad-588e-443b-9dfd-cba646d42e6e',
  recordedAt: '2026-03-14T08:30:00+01:00',
  pain: 4,
  ...over,
});
const pathsOf = (input: unknown, schema = checkinInputSchema) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.') || i.code);
};

describe('check-in schema', () => {
  it('accepts a minimal check-in: time and pain', () => {
    expect(checkinInputSchema.safeParse(makeCheckin()).success).toBe(true);
  });

  it.each([-1, 11, 3.5, '4', null])('rejects pain %s', (pain) => {
    expect(pathsOf(makeCheckin({ pain }))).toEqual(['pain']);
  });

  it('accepts every whole pain score from 0 to 10', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        (pain) => checkinInputSchema.safeParse(makeCheckin({ pain })).success,
      ),
    );
  });

  it('requires pain', () => {
    const { pain: _, ...rest } = makeCheckin();
    expect(pathsOf(rest)).toEqual(['pain']);
  });

  it.each(['2026-03-14', '2026-03-14T08:30:00', '2026-02-30T08:30:00Z', '14/03/2026 08:30', 'yesterday'])(
    'rejects the recording time %s',
    (recordedAt) => {
      expect(pathsOf(makeCheckin({ recordedAt }))).toEqual(['recordedAt']);
    },
  );

  it('accepts UTC and offset times', () => {
    for (const recordedAt of ['2026-03-14T08:30:00Z', '2026-03-14T08:30:00.123-05:30']) {
      expect(pathsOf(makeCheckin({ recordedAt }))).toEqual([]);
    }
  });

  it('rejects unknown fields instead of dropping them', () => {
    const r = checkinInputSchema.safeParse(makeCheckin({ colour: 'red' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['colour'] });
  });

  it('accepts a 2,000-character note and rejects 2,001 characters', () => {
    expect(pathsOf(makeCheckin({ notes: 'a'.repeat(2000) }))).toEqual([]);
    expect(pathsOf(makeCheckin({ notes: 'a'.repeat(2001) }))).toEqual(['notes']);
  });

  it('accepts every area of the body map, the shoulders, abdomen, pelvis and feet included', () => {
    expect(pathsOf(makeCheckin({ bodyAreas: [...bodyAreas] }))).toEqual([]);
    for (const area of [
      'shoulder_left',
      'shoulder_right',
      'abdomen',
      'pelvis_groin',
      'foot_left',
      'foot_right',
    ])
      expect(bodyAreas).toContain(area);
  });

  it('names every body area once, in plain words', () => {
    expect(Object.keys(bodyAreaLabels).sort()).toEqual([...bodyAreas].sort());
    expect(new Set(Object.values(bodyAreaLabels)).size).toBe(bodyAreas.length);
  });

  it('rejects an unknown body area and a repeated one', () => {
    expect(pathsOf(makeCheckin({ bodyAreas: ['knee'] }))).toEqual(['bodyAreas.0']);
    expect(pathsOf(makeCheckin({ bodyAreas: ['neck', 'neck'] }))).toEqual(['bodyAreas']);
  });

  it('accepts a score per area and how the pain feels, beside the overall pain', () => {
    const input = makeCheckin({
      painByArea: [
        { area: 'lower_back_centre', score: 6 },
        { area: 'hip_left', score: 3 },
      ],
      painQualities: ['burning', 'shooting_down_leg'],
    });
    expect(pathsOf(input)).toEqual([]);
  });

  it('rejects a second score for the same area, an unknown area and a score above 10', () => {
    const twice = [
      { area: 'neck', score: 2 },
      { area: 'neck', score: 4 },
    ];
    expect(pathsOf(makeCheckin({ painByArea: twice }))).toEqual(['painByArea']);
    expect(pathsOf(makeCheckin({ painByArea: [{ area: 'knee', score: 2 }] }))).toEqual(['painByArea.0.area']);
    expect(pathsOf(makeCheckin({ painByArea: [{ area: 'neck', score: 11 }] }))).toEqual([
      'painByArea.0.score',
    ]);
    expect(pathsOf(makeCheckin({ painByArea: [{ area: 'neck', score: 2, side: 'l' }] }))).toEqual([
      'painByArea.0',
    ]);
  });

  it('rejects an unknown kind of pain and a repeated one', () => {
    expect(pathsOf(makeCheckin({ painQualities: ['throbbing'] }))).toEqual(['painQualities.0']);
    expect(pathsOf(makeCheckin({ painQualities: ['sharp', 'sharp'] }))).toEqual(['painQualities']);
  });

  it('names every kind of pain once', () => {
    expect(Object.keys(painQualityLabels)).toEqual([...painQualities]);
    expect(new Set(Object.values(painQualityLabels)).size).toBe(painQualities.length);
  });

  it('keeps an old check-in without areas scored or kinds of pain valid, and lets both be cleared', () => {
    expect(pathsOf(makeCheckin({ bodyAreas: ['neck'] }))).toEqual([]);
    expect(pathsOf(makeCheckin({ painByArea: null, painQualities: null }))).toEqual([]);
  });

  it('rejects worst pain below pain now', () => {
    expect(pathsOf(makeCheckin({ pain: 6, painWorst: 5 }))).toEqual(['painWorst']);
    expect(pathsOf(makeCheckin({ pain: 6, painWorst: 6 }))).toEqual([]);
  });

  it('rejects an id that is not a UUID', () => {
    expect(pathsOf(makeCheckin({ id: '42' }))).toEqual(['id']);
  });

  it('rejects sleep hours outside 0–24 and accepts half hours', () => {
    expect(pathsOf(makeCheckin({ sleepHours: 25 }))).toEqual(['sleepHours']);
    expect(pathsOf(makeCheckin({ sleepHours: 6.5 }))).toEqual([]);
  });
});

describe('check-in patch', () => {
  const stored: Checkin = {
    ...(checkinInputSchema.parse(makeCheckin({ mood: 5, notes: 'x' })) as Checkin),
    localDate: '2026-03-14',
    createdAt: '2026-03-14T07:30:00.000Z',
    updatedAt: '2026-03-14T07:30:00.000Z',
    screeningPrompt: null,
  };

  it('rejects unknown fields and an id change', () => {
    expect(pathsOf({ colour: 'red' }, checkinPatchSchema as never)).toEqual(['unrecognized_keys']);
    expect(pathsOf({ id: stored.id }, checkinPatchSchema as never)).toEqual(['unrecognized_keys']);
  });

  it('merges, clears with null and re-validates the whole record', () => {
    expect(applyCheckinPatch(stored, { pain: 2, notes: null })).toMatchObject({
      pain: 2,
      notes: null,
      mood: 5,
    });
    expect(() => applyCheckinPatch(stored, { painWorst: 1 })).toThrow();
  });

  it('leaves the derived screening prompt out of the re-validated record', () => {
    const withPrompt = { ...stored, screeningPrompt: { reason: 'one_leg_radiating' as const } };
    expect(applyCheckinPatch(withPrompt, { painQualities: ['aching'] })).not.toHaveProperty(
      'screeningPrompt',
    );
  });
});

describe('list query', () => {
  it('needs from on or before to, both real dates', () => {
    expect(checkinListQuerySchema.safeParse({ from: '2026-03-01', to: '2026-03-31' }).success).toBe(true);
    expect(checkinListQuerySchema.safeParse({ from: '2026-04-01', to: '2026-03-31' }).success).toBe(false);
    expect(checkinListQuerySchema.safeParse({ from: '2026-02-29', to: '2026-03-31' }).success).toBe(false);
  });
});

describe('field names', () => {
  it('are the schema’s fields, in its order (fields.ts keeps them apart from zod for the browser)', () => {
    expect(checkinFieldNames).toEqual(Object.keys(checkinPatchSchema.shape));
  });
});
