import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../cycle/days.js';
import { bleedingAdvice, bleedingReasonLines } from './advice.js';
import { bleedingCheck, bleedingRuns } from './check.js';
import { type BleedingCheckInput, type BleedingEntry, bleedingCheckInputSchema } from './schema.js';

interface Vignette {
  id: string;
  note: string;
  input: BleedingCheckInput;
  expected: ReturnType<typeof bleedingCheck>;
}
const vignettes = (
  JSON.parse(readFileSync(new URL('./spec/bleeding-vignettes-public.json', import.meta.url), 'utf8')) as {
    cases: Vignette[];
  }
).cases;
const spec = readFileSync(new URL('./spec/bleeding-check-spec.md', import.meta.url), 'utf8');

/** `n` consecutive days of `amount` from `start`. */
const days = (start: string, n: number, amount: BleedingEntry['amount'] = 'medium'): BleedingEntry[] =>
  Array.from({ length: n }, (_, i) => ({ date: addDays(start, i), amount }));
const check = (input: Partial<BleedingCheckInput> & Pick<BleedingCheckInput, 'asOf' | 'bleeding'>) =>
  bleedingCheck(bleedingCheckInputSchema.parse({ age: 50, profile: {}, ...input }));

describe('public vignettes', () => {
  it('has all 14 public cases to run', () => {
    expect(vignettes).toHaveLength(14);
  });

  it.each(vignettes.map((v) => [`${v.id}: ${v.note}`, v] as const))('%s', (_name, v) => {
    expect(bleedingCheck(bleedingCheckInputSchema.parse(v.input))).toEqual(v.expected);
  });
});

describe('advice and lines are the spec text, byte for byte', () => {
  it.each(Object.entries(bleedingAdvice))('advice for %s is in §5', (kind, text) => {
    expect(spec).toContain(`| ${kind} | \`${text}\` |`);
  });

  it.each(Object.values(bleedingReasonLines))('UI line "%s" is in §5', (line) => {
    expect(spec.replace(/\s*\n\s*/g, ' ')).toContain(`"${line}"`);
  });
});

describe('runs (spec §2)', () => {
  it('joins a bleeding day 7 days after the last one and splits at 8', () => {
    expect(bleedingRuns([...days('2026-01-01', 1), ...days('2026-01-08', 1)], '2026-02-01')).toHaveLength(1);
    expect(bleedingRuns([...days('2026-01-01', 1), ...days('2026-01-09', 1)], '2026-02-01')).toHaveLength(2);
  });

  it('counts several entries on one date as one day at the largest amount', () => {
    const [run] = bleedingRuns(
      [
        { date: '2026-01-01', amount: 'spotting' },
        { date: '2026-01-01', amount: 'heavy' },
        { date: '2026-01-01', amount: 'light' },
      ],
      '2026-01-01',
    );
    expect(run?.days).toEqual([{ date: '2026-01-01', amount: 'heavy' }]);
    expect(run?.lastPeriodDay).toBe('2026-01-01');
  });

  it('ignores entries after asOf', () => {
    expect(bleedingRuns(days('2026-01-01', 5), '2026-01-02').at(-1)?.last).toBe('2026-01-02');
  });

  it('answers nothing, with no run, when there is no bleeding', () => {
    expect(check({ asOf: '2026-01-01', bleeding: [] })).toEqual({
      level: null,
      kind: null,
      reasons: [],
      runStart: null,
      advice: null,
      version: '1.0',
    });
  });
});

describe('after menopause (P1)', () => {
  const period = days('2025-01-01', 5);
  it('is soon when a run starts 365 days after the last period day, not at 364', () => {
    const last = '2025-01-05';
    expect(
      check({ asOf: addDays(last, 365), bleeding: [...period, ...days(addDays(last, 365), 1)] }).level,
    ).toBe('soon');
    expect(
      check({ asOf: addDays(last, 364), bleeding: [...period, ...days(addDays(last, 364), 1)] }).level,
    ).toBe(null);
  });

  it('measures the gap from the run’s first day, even when that day is spotting', () => {
    const first = addDays('2025-01-05', 365);
    const bleeding = [...period, ...days(first, 1, 'spotting'), ...days(addDays(first, 3), 2, 'light')];
    expect(check({ asOf: addDays(first, 4), bleeding })).toMatchObject({ level: 'soon', runStart: first });
  });

  it('does not let a spotting-only run reset the 12 months', () => {
    const spot = days('2025-07-01', 1, 'spotting');
    const later = days('2026-01-10', 3, 'light');
    // Spotting in July is itself after 6 months only; the January run is 370 days after the last period.
    expect(check({ asOf: '2026-01-12', bleeding: [...period, ...spot, ...later] }).reasons).toEqual(['gap']);
  });

  it('adds the age reason at 55, not at 54', () => {
    const bleeding = [...period, ...days('2026-02-01', 2)];
    expect(check({ asOf: '2026-02-02', age: 55, bleeding }).reasons).toEqual(['gap', 'age_55_or_over']);
    expect(check({ asOf: '2026-02-02', age: 54, bleeding }).reasons).toEqual(['gap']);
    expect(check({ asOf: '2026-02-02', age: null, bleeding }).reasons).toEqual(['gap']);
  });

  it('keeps the reason of the run that set "after menopause" for every later run', () => {
    const bleeding = [...days('2024-01-01', 1), ...days('2026-01-01', 1), ...days('2026-03-01', 5)];
    expect(
      check({
        asOf: '2026-03-05',
        bleeding,
        profile: { menopausalSelfReport: 'no_period_12_months_or_more' },
      }).reasons,
    ).toEqual(['self_report']);
  });

  it('gives nothing on hormonal contraception without HRT', () => {
    const bleeding = [...period, ...days('2026-02-01', 2)];
    expect(check({ asOf: '2026-02-02', bleeding, profile: { hormonalContraception: true } }).level).toBe(
      null,
    );
  });
});

describe('hysterectomy (B1) comes first', () => {
  it('is soon on any bleeding, on HRT and on contraception too', () => {
    const profile = { uterusRemoved: true, hrt: true, hormonalContraception: true };
    expect(check({ asOf: '2026-01-01', bleeding: days('2026-01-01', 1, 'spotting'), profile })).toMatchObject(
      {
        level: 'soon',
        kind: 'after_hysterectomy',
        reasons: ['uterus_removed'],
      },
    );
  });
});

describe('on HRT (H1–H3)', () => {
  const onCyclical = { hrt: true, hrtRegimen: 'cyclical' as const, hrtStartDate: '2025-01-01' };
  it('treats a start after asOf as not on HRT', () => {
    const profile = { hrt: true, hrtRegimen: 'continuous' as const, hrtStartDate: '2026-02-01' };
    expect(check({ asOf: '2026-01-10', bleeding: days('2026-01-09', 2), profile }).kind).toBe(null);
  });

  it('is settled 183 days after the start, not 182', () => {
    const profile = { hrt: true, hrtRegimen: 'continuous' as const, hrtStartDate: '2025-01-01' };
    const asOf = addDays('2025-01-01', 183);
    expect(check({ asOf, bleeding: days(asOf, 1), profile }).kind).toBe('unscheduled_on_hrt');
    const early = addDays('2025-01-01', 182);
    expect(check({ asOf: early, bleeding: days(early, 1), profile }).kind).toBe('on_hrt');
  });

  it('is settled 92 days after a change, not 91, and ignores a change after asOf', () => {
    const profile = { hrt: true, hrtRegimen: 'continuous' as const, hrtStartDate: '2024-01-01' };
    const asOf = '2026-04-02';
    const at = (hrtChangeDate: string) =>
      check({ asOf, bleeding: days(asOf, 1), profile: { ...profile, hrtChangeDate } }).kind;
    expect(at(addDays(asOf, -92))).toBe('unscheduled_on_hrt');
    expect(at(addDays(asOf, -91))).toBe('on_hrt');
    expect(at(addDays(asOf, 1))).toBe('unscheduled_on_hrt');
  });

  it('counts an unknown start date as settled', () => {
    const profile = { hrt: true, hrtRegimen: 'continuous' as const };
    expect(check({ asOf: '2026-01-01', bleeding: days('2026-01-01', 1), profile }).level).toBe('soon');
  });

  it('calls 8 bleeding days long on any regimen, in the settling window too; 7 is not', () => {
    const profile = { hrt: true, hrtStartDate: '2025-12-01' };
    expect(check({ asOf: '2026-01-08', bleeding: days('2026-01-01', 8), profile }).reasons).toEqual([
      'long_bleed_on_hrt',
    ]);
    expect(check({ asOf: '2026-01-07', bleeding: days('2026-01-01', 7), profile }).reasons).toEqual(['hrt']);
  });

  it('counts bleeding days, not the blank days between them', () => {
    // 5 days, then spotting 7 days after the last: 6 bleeding days over 12 calendar days.
    const bleeding = [...days('2026-01-01', 5), ...days('2026-01-12', 1, 'spotting')];
    expect(check({ asOf: '2026-01-12', bleeding, profile: onCyclical }).level).toBe(null);
  });

  it('on settled cyclical HRT calls a run starting 20 days after the previous period run extra; 21 is planned', () => {
    const prior = days('2026-01-01', 4);
    const at = (gap: number) =>
      check({
        asOf: addDays('2026-01-01', gap),
        bleeding: [...prior, ...days(addDays('2026-01-01', gap), 1)],
        profile: onCyclical,
      });
    expect(at(20).reasons).toEqual(['cyclical_hrt_extra_bleed']);
    expect(at(21)).toMatchObject({ level: null, kind: null });
  });

  it('skips spotting-only runs when finding the previous period run', () => {
    const bleeding = [
      ...days('2026-01-01', 4),
      ...days('2026-01-15', 1, 'spotting'),
      ...days('2026-01-28', 3),
    ];
    // 27 days after the last period run's start; the spotting run in between is not a period run.
    expect(check({ asOf: '2026-01-30', bleeding, profile: onCyclical }).level).toBe(null);
  });

  it('gives info, never soon, for a normal bleed with regimen not sure', () => {
    const profile = { hrt: true, hrtRegimen: 'not_sure' as const, hrtStartDate: '2020-01-01' };
    const bleeding = [...days('2026-01-01', 4), ...days('2026-01-10', 3)];
    expect(check({ asOf: '2026-01-12', bleeding, profile })).toMatchObject({ level: 'info', kind: 'on_hrt' });
  });

  it('lists every H1 reason that holds, in spec order', () => {
    const profile = { hrt: true, hrtRegimen: 'continuous' as const, hrtStartDate: '2020-01-01' };
    expect(check({ asOf: '2026-01-10', bleeding: days('2026-01-01', 9), profile }).reasons).toEqual([
      'continuous_hrt_settled',
      'long_bleed_on_hrt',
    ]);
  });

  it('applies HRT rules before contraception (a hormonal coil is often the HRT progestogen)', () => {
    const profile = { hrt: true, hrtRegimen: 'continuous' as const, hormonalContraception: true };
    expect(check({ asOf: '2026-01-01', bleeding: days('2026-01-01', 1), profile }).level).toBe('soon');
  });
});
