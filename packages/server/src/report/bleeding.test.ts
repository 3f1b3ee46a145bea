import { bleedingCheck } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { bleedingCheckSentence, reportBleedingChecks } from './bleeding.js';
import { reportWords } from './i18n/index.js';

const en = reportWords('en');

const day = (date: string, amount: 'spotting' | 'light' | 'medium' = 'light') => ({ date, amount });

describe('report bleeding lines', () => {
  it('names every HRT reason that held, in plain words', () => {
    const result = bleedingCheck({
      asOf: '2026-03-10',
      age: 52,
      profile: { hrt: true, hrtRegimen: 'continuous', hrtStartDate: '2025-01-01' },
      bleeding: Array.from({ length: 8 }, (_, i) => day(`2026-03-0${i + 1}`)),
    });
    expect(bleedingCheckSentence({ first: '2026-03-01', last: '2026-03-08', days: 8 }, result, en)).toBe(
      'Bleeding on 1 – 8 Mar 2026 (8 days) outside the pattern expected on my HRT (bleeding on continuous ' +
        'HRT after the first months; bleeding on 8 or more days): the app advised a GP or menopause clinic ' +
        'appointment within 2 weeks.',
    );
    expect(
      bleedingCheckSentence({ first: '2026-03-01', last: '2026-03-08', days: 8 }, result, reportWords('de')),
    ).toBe(
      'Blutung am 1.–8. März 2026 (8 Tage) außerhalb des Musters, das unter meiner HRT zu erwarten ist ' +
        '(Blutung unter kontinuierlicher HRT nach den ersten Monaten; Blutung an 8 oder mehr Tagen): Die App hat ' +
        'mir geraten, innerhalb von 2 Wochen einen Termin in der Hausarztpraxis oder einer Menopause-Sprechstunde ' +
        'zu vereinbaren.',
    );
  });

  it('lists `soon` runs of the range and of the 12 months before today, not those between', () => {
    const input = {
      age: 60,
      profile: { uterusRemoved: true },
      bleeding: [day('2025-01-05'), day('2025-05-01'), day('2025-08-01', 'spotting'), day('2026-06-01')],
    };
    const checks = reportBleedingChecks(
      input,
      [],
      {
        from: '2025-01-01',
        to: '2025-03-31',
        today: '2026-06-30',
      },
      en,
    );
    expect(checks.map((c) => c.runStart)).toEqual(['2025-01-05', '2025-08-01', '2026-06-01']);
    expect(checks[1]?.sentence).toBe(
      'Bleeding on 1 Aug 2025 (1 day) after a hysterectomy: the app advised a GP appointment within 2 weeks.',
    );
    const none = reportBleedingChecks(
      { ...input, profile: { hormonalContraception: true } },
      [],
      {
        from: '2025-01-01',
        to: '2026-06-30',
        today: '2026-06-30',
      },
      en,
    );
    expect(none).toEqual([]);
  });
});
