import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkinOn, mulberry32, simulateCheckins } from '../insights/simulate.js';
import type { Tracker } from '../trackers/schema.js';
import { checkinCsvHeaders, checkinCsvRow, checkinFromCsvRow } from './checkin-csv.js';
import { suggestCheckinMapping } from './header-match.js';

const tracker = (id: string, name: string, kind: Tracker['kind']): Tracker => ({
  id,
  name,
  kind,
  unit: null,
  min: null,
  max: null,
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const steps = tracker('0b6c8a52-5a3e-4a43-9d4f-7e3d2c1b0a01', 'Steps', 'number');
const heels = tracker('0b6c8a52-5a3e-4a43-9d4f-7e3d2c1b0a02', 'Wore heels', 'boolean');
const trackers = [steps, heels];
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const checkinOnForCsv = { ...checkinOn('2026-03-04', 5), id: uuid(1) };

/** Our own export read back with the suggested mapping. */
function roundTrip(checkins: ReturnType<typeof checkinOn>[]) {
  const headers = checkinCsvHeaders(trackers);
  const mapping = Object.fromEntries(
    suggestCheckinMapping(headers, trackers).map((m) => [m.field, m.column]),
  );
  return checkins.map((c) => {
    const cells = Object.fromEntries(headers.map((h, i) => [h, checkinCsvRow(c, trackers)[i] as string]));
    return checkinFromCsvRow(cells, mapping, trackers);
  });
}

describe('check-in CSV', () => {
  it('maps every column of our own export one to one, and never localDate or source', () => {
    const headers = checkinCsvHeaders(trackers);
    const matches = suggestCheckinMapping(headers, trackers);
    expect(
      matches.every(
        (m) => m.how === 'exact' && m.column === (m.field.startsWith('custom:') ? m.column : m.field),
      ),
    ).toBe(true);
    expect(matches.map((m) => m.column)).toEqual(headers.filter((h) => h !== 'localDate' && h !== 'source'));
    expect(matches.find((m) => m.field === `custom:${heels.id}`)?.column).toBe('custom:Wore heels');
  });

  it('reads back exactly what it wrote, for simulated months of every field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const sim = simulateCheckins({
          rng: mulberry32(seed),
          from: '2026-01-01',
          days: 20,
          customTrackers: 0,
        });
        const checkins = sim.map((c, i) => ({
          ...c,
          id: uuid(i),
          recordedAt: `${c.localDate}T07:15:30.250-05:00`,
          notes: i % 3 === 0 ? `=SUM(A1) "quoted", ünïcode ✓\nline two` : null,
          custom: { [steps.id]: 1000 + i * 0.5, [heels.id]: i % 2 === 0 },
        }));
        const back = roundTrip(checkins);
        back.forEach((r, i) => {
          const {
            localDate: _l,
            createdAt: _c,
            updatedAt: _u,
            ...want
          } = checkins[i] as (typeof checkins)[number];
          expect(r.problems).toEqual([]);
          const nonNull = Object.fromEntries(Object.entries(want).filter(([, v]) => v !== null));
          expect(r.input).toEqual(nonNull);
        });
      }),
      { numRuns: 20 },
    );
  });

  it('writes pain per area as area=score and kinds of pain as a list, and reads both back', () => {
    const c = {
      ...checkinOnForCsv,
      painByArea: [
        { area: 'lower_back_centre' as const, score: 6 },
        { area: 'hip_left' as const, score: 0 },
      ],
      painQualities: ['burning' as const, 'shooting_down_leg' as const],
    };
    const headers = checkinCsvHeaders([]);
    const row = checkinCsvRow(c, []);
    expect(row[headers.indexOf('painByArea')]).toBe('lower_back_centre=6;hip_left=0');
    expect(row[headers.indexOf('painQualities')]).toBe('burning;shooting_down_leg');
    const [back] = roundTrip([c]);
    expect(back?.input).toMatchObject({ painByArea: c.painByArea, painQualities: c.painQualities });
  });

  it('refuses an area score cell without a score, naming the field', () => {
    const r = checkinFromCsvRow(
      { d: '2026-03-04T08:00:00Z', p: '4', a: 'neck=7;hip_left' },
      { recordedAt: 'd', pain: 'p', painByArea: 'a' },
      [],
    );
    expect(r.problems.map((p) => p.field)).toEqual(['painByArea']);
  });

  it('maps foreign headers through synonyms, units in brackets and small typos', () => {
    const headers = [
      'Date',
      'Pain (0-10)',
      'Worst pain',
      'Sleep (hours)',
      'Hot flashes',
      'Waist',
      'Coments',
      'Other',
    ];
    const byField = Object.fromEntries(
      suggestCheckinMapping(headers, []).map((m) => [m.field, [m.column, m.how]]),
    );
    expect(byField).toEqual({
      recordedAt: ['Date', 'synonym'],
      pain: ['Pain (0-10)', 'synonym'],
      painWorst: ['Worst pain', 'synonym'],
      sleepHours: ['Sleep (hours)', 'exact'],
      hotFlushes: ['Hot flashes', 'synonym'],
      waistCm: ['Waist', 'synonym'],
      notes: ['Coments', 'fuzzy'],
    });
  });

  it('reads dates without time or offset, yes/no words and decimal commas', () => {
    const r = checkinFromCsvRow(
      { Date: '2026-03-04', Pain: '4', Sleep: '6,5', 'Night sweats': 'Yes', Areas: 'neck; Hip_Left' },
      {
        recordedAt: 'Date',
        pain: 'Pain',
        sleepHours: 'Sleep',
        nightSweats: 'Night sweats',
        bodyAreas: 'Areas',
      },
      [],
      '+01:00',
    );
    expect(r.input).toEqual({
      recordedAt: '2026-03-04T12:00:00+01:00',
      pain: 4,
      sleepHours: 6.5,
      nightSweats: true,
      bodyAreas: ['neck', 'hip_left'],
    });
  });

  it("reports each bad cell with the field and the schema's own words", () => {
    const r = checkinFromCsvRow(
      { when: '03/04/2026', pain: '12', areas: 'knee' },
      { recordedAt: 'when', pain: 'pain', bodyAreas: 'areas' },
      [],
    );
    expect(r.input).toBeUndefined();
    const fields = r.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['recordedAt', 'pain', 'bodyAreas']));
    expect(r.problems.find((p) => p.field === 'pain')?.message).toBe('Pain must be 10 or less.');
  });

  it('asks for pain when the row has none', () => {
    const r = checkinFromCsvRow({ d: '2026-03-04T08:00:00Z', p: '' }, { recordedAt: 'd', pain: 'p' }, []);
    expect(r.problems).toEqual([{ field: 'pain', message: expect.stringMatching(/Pain/) }]);
  });
});
