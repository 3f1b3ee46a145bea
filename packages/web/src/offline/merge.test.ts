import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Fields, merge, mergeScreening, pick, sameValue } from './merge';

const FIELDS = ['pain', 'notes', 'mood', 'bodyAreas'] as const;
type Field = (typeof FIELDS)[number];
/** Few values per field, so two devices often write the same one, or a value equal to the base. */
const valuesOf: Record<Field, fc.Arbitrary<unknown>> = {
  pain: fc.integer({ min: 0, max: 3 }),
  notes: fc.constantFrom(null, 'a', 'b'),
  mood: fc.constantFrom(null, 1, 2),
  bodyAreas: fc.constantFrom(null, [], ['lower-back'], ['neck', 'lower-back']),
};
const recordArb = fc.record(valuesOf) as fc.Arbitrary<Record<Field, unknown>>;
const patchArb = fc.record(valuesOf, { requiredKeys: [] }) as fc.Arbitrary<Partial<Record<Field, unknown>>>;

describe('merge (examples)', () => {
  const base = { pain: 4, notes: null };
  it('a field only she changed goes through; theirs stays for the rest', () => {
    expect(merge({ pain: 4 }, { pain: 8 }, { ...base, notes: 'took ibuprofen', version: 2 })).toEqual({
      merged: { pain: 8 },
    });
  });
  it('the same field changed to different values is a conflict naming it, the rest still merges', () => {
    expect(merge({ pain: 4, mood: null }, { pain: 7, mood: 2 }, { ...base, pain: 3, mood: null })).toEqual({
      conflict: ['pain'],
      merged: { mood: 2 },
    });
  });
  it('the same field changed to the same value is no conflict and nothing to send', () => {
    expect(merge({ pain: 4 }, { pain: 6 }, { ...base, pain: 6 })).toEqual({ merged: {} });
  });
  it('a change queued without its base merges only where theirs already holds hers', () => {
    expect(merge({}, { pain: 6 }, base)).toEqual({ conflict: ['pain'], merged: {} });
  });
  it('merges pain per area and kinds of pain field by field, like any other field', () => {
    const theirs = {
      pain: 5,
      painByArea: [{ area: 'neck', score: 2 }],
      painQualities: ['aching', 'sharp'],
    };
    // She scored her hip on one device; the other changed how it feels: both go through.
    const mine = {
      painByArea: [
        { area: 'neck', score: 2 },
        { area: 'hip_left', score: 3 },
      ],
    };
    expect(merge({ painByArea: [{ area: 'neck', score: 2 }] }, mine, theirs)).toEqual({ merged: mine });
    // Both changed the same area's score differently: a conflict on that field only.
    const other = { ...theirs, painByArea: [{ area: 'neck', score: 7 }] };
    expect(
      merge(
        { painByArea: [{ area: 'neck', score: 2 }], pain: 5 },
        { painByArea: mine.painByArea, pain: 6 },
        other,
      ),
    ).toEqual({ conflict: ['painByArea'], merged: { pain: 6 } });
    expect(sameValue([{ area: 'neck', score: 2 }], [{ area: 'neck', score: 3 }])).toBe(false);
  });

  it('compares lists and absent fields as the API does', () => {
    expect(sameValue(['neck'], ['neck'])).toBe(true);
    expect(sameValue(['neck'], ['neck', 'hips'])).toBe(false);
    expect(sameValue(undefined, null)).toBe(true);
    expect(pick({ pain: 3 }, ['pain', 'notes'])).toEqual({ pain: 3, notes: null });
  });
});

/** The server as the outbox meets it: PATCH with the base version, 409 when another change came first. */
interface Server {
  record: Record<string, unknown>;
  version: number;
}
/** One device: its copy, the version it is based on, and her changes waiting with their base values. */
interface Device {
  seen: Record<string, unknown>;
  version: number;
  patch: Record<string, unknown>;
  base: Record<string, unknown>;
}
type Step =
  | { kind: 'edit'; device: 0 | 1; field: Field; value: unknown }
  | { kind: 'sync'; device: 0 | 1; keepMine: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc
    .record({ device: fc.constantFrom(0 as const, 1 as const), field: fc.constantFrom(...FIELDS) })
    .chain(({ device, field }) =>
      valuesOf[field].map((value) => ({ kind: 'edit' as const, device, field, value })),
    ),
  fc.record({
    kind: fc.constant('sync' as const),
    device: fc.constantFrom(0 as const, 1 as const),
    keepMine: fc.boolean(),
  }),
);

/** Edits on the device: the first change of a field keeps the value she saw as its base. */
function edit(d: Device, field: Field, value: unknown) {
  if (!(field in d.base)) d.base[field] = d.seen[field] ?? null;
  d.patch[field] = value;
  d.seen = { ...d.seen, [field]: value };
}

function apply(server: Server, patch: Fields) {
  if (Object.keys(patch).length === 0) return;
  server.record = { ...server.record, ...patch };
  server.version += 1;
}

/** Sends what waits; on a conflict she chooses (hers or theirs for the fields both changed). */
function sync(server: Server, d: Device, keepMine: boolean) {
  if (d.version === server.version) apply(server, d.patch);
  else {
    const result = merge(d.base, d.patch, server.record);
    apply(server, 'conflict' in result && keepMine ? d.patch : result.merged);
  }
  Object.assign(d, { seen: { ...server.record }, version: server.version, patch: {}, base: {} });
}

describe('merge (properties)', () => {
  it('any interleaving of two devices: every field ends on a value one of them wrote, and a field only one changed never reverts', () => {
    fc.assert(
      fc.property(recordArb, fc.array(stepArb, { maxLength: 30 }), (start, steps) => {
        const server: Server = { record: { ...start }, version: 1 };
        const device = (): Device => ({ seen: { ...start }, version: 1, patch: {}, base: {} });
        const devices = [device(), device()];
        const written = FIELDS.map(() => [new Set<string>(), new Set<string>()]);
        const last: Record<string, unknown>[] = [{}, {}];
        for (const step of steps) {
          const d = devices[step.device] as Device;
          if (step.kind === 'sync') sync(server, d, step.keepMine);
          else {
            edit(d, step.field, step.value);
            written[FIELDS.indexOf(step.field)]?.[step.device]?.add(JSON.stringify(step.value));
            (last[step.device] as Record<string, unknown>)[step.field] = step.value;
          }
        }
        sync(server, devices[0] as Device, true);
        sync(server, devices[1] as Device, false);
        FIELDS.forEach((field, i) => {
          const [byA, byB] = written[i] as [Set<string>, Set<string>];
          const final = JSON.stringify(server.record[field] ?? null);
          if (byA.size === 0 && byB.size === 0) expect(final).toBe(JSON.stringify(start[field] ?? null));
          else expect(byA.has(final) || byB.has(final)).toBe(true);
          // Changed on one device only: it ends on the last value she gave it there.
          for (const [only, other] of [
            [0, byB],
            [1, byA],
          ] as const) {
            const mine = last[only] as Record<string, unknown>;
            if (field in mine && other.size === 0) expect(server.record[field] ?? null).toEqual(mine[field]);
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('is symmetric where there is no conflict: either device first ends on the same record', () => {
    fc.assert(
      fc.property(recordArb, patchArb, patchArb, (start, rawA, rawB) => {
        // A device sends only the fields she really changed (the form's diff): none equal to what she saw.
        const changes = (p: Fields) =>
          Object.fromEntries(Object.entries(p).filter(([k, v]) => !sameValue(v, start[k as Field])));
        const [a, b] = [changes(rawA), changes(rawB)];
        const after = (first: Fields, second: Fields) => {
          const theirs = { ...start, ...first };
          const result = merge(pick(start, Object.keys(second)), second, theirs);
          return { result, record: { ...theirs, ...result.merged } };
        };
        const ab = after(a, b);
        const ba = after(b, a);
        expect('conflict' in ab.result).toBe('conflict' in ba.result);
        if ('conflict' in ab.result && 'conflict' in ba.result)
          expect([...ab.result.conflict].sort()).toEqual([...ba.result.conflict].sort());
        else expect(ab.record).toEqual(ba.record);
      }),
      { numRuns: 500 },
    );
  });
});

describe('merge of her own trackers, tracker by tracker', () => {
  const trackerA = 'a1';
  const trackerB = 'b2';
  it('a tracker filled in here and another there both stay', () => {
    const theirs = { pain: 4, custom: { [trackerB]: 3 } };
    expect(merge({ custom: null }, { custom: { [trackerA]: true } }, theirs)).toEqual({
      merged: { custom: { [trackerB]: 3, [trackerA]: true } },
    });
  });
  it('one tracker changed on both devices to different values is a conflict named "custom"', () => {
    const base = { custom: { [trackerA]: 1, [trackerB]: 1 } };
    const result = merge(
      base,
      { custom: { [trackerA]: 2, [trackerB]: 5 } },
      { custom: { [trackerA]: 3, [trackerB]: 1 } },
    );
    expect(result).toEqual({ conflict: ['custom'], merged: { custom: { [trackerA]: 3, [trackerB]: 5 } } });
  });
  it('a tracker she cleared leaves theirs for the others', () => {
    const base = { custom: { [trackerA]: 1 } };
    expect(merge(base, { custom: null }, { custom: { [trackerA]: 1, [trackerB]: 2 } })).toEqual({
      merged: { custom: { [trackerB]: 2 } },
    });
  });
});

describe('mergeScreening: each follow-up fact has one right answer', () => {
  const at = (hour: number) =>
    `2026-12-0${hour < 10 ? 1 : 2}T${String(hour % 24).padStart(2, '0')}:00:00+00:00`;
  it('she acknowledged first: her earlier time goes; theirs earlier: nothing to send', () => {
    expect(mergeScreening({ acknowledgedAt: at(8) }, { acknowledgedAt: at(9) })).toEqual({
      merged: { acknowledgedAt: at(8) },
    });
    expect(mergeScreening({ acknowledgedAt: at(9) }, { acknowledgedAt: at(8) })).toEqual({ merged: {} });
    expect(mergeScreening({ bookedAt: at(9) }, { bookedAt: null })).toEqual({ merged: { bookedAt: at(9) } });
  });
  it('a booking reminder asked for on either device stays on', () => {
    expect(mergeScreening({ bookingReminder: true }, { bookingReminder: false })).toEqual({
      merged: { bookingReminder: true },
    });
    expect(mergeScreening({ bookingReminder: false }, { bookingReminder: true })).toEqual({ merged: {} });
  });
  it('the latest follow-up answer is hers when it came later, theirs otherwise', () => {
    const theirs = { followUp: 'not_yet', followUpAt: at(8) };
    expect(mergeScreening({ followUp: 'checked', followUpAt: at(9) }, theirs)).toEqual({
      merged: { followUp: 'checked', followUpAt: at(9) },
    });
    expect(mergeScreening({ followUp: 'checked', followUpAt: at(7) }, theirs)).toEqual({ merged: {} });
    expect(
      mergeScreening({ followUp: 'checked', followUpAt: at(7) }, { followUp: null, followUpAt: null }),
    ).toEqual({
      merged: { followUp: 'checked', followUpAt: at(7) },
    });
  });
});
