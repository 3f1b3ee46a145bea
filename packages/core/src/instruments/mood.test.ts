import { describe, expect, it } from 'vitest';
import { gad2, phq2, supportLine } from './mood.js';

describe.each([phq2, gad2])('$id', (instrument) => {
  it('adds its two items', () => {
    expect(instrument.score([2, 3])).toEqual({ total: 5 });
    expect(instrument.score([0, 0])).toEqual({ total: 0 });
  });

  it('suggests talking to a clinician from a total of 3, not 2', () => {
    expect(instrument.band({ total: 2 }).id).toBe('ok');
    expect(instrument.band({ total: 3 }).id).toBe('talk');
    expect(instrument.band({ total: 6 }).text).toMatch(/talk to your GP or another clinician/);
  });

  it('always shows the support line and never names a condition', () => {
    for (let total = 0; total <= 6; total++) {
      const { text, label } = instrument.band({ total });
      expect(text).toContain(supportLine);
      expect(`${label} ${text}`).not.toMatch(/you (have|may have|are) .*(depress|anxi|disorder)/i);
      expect(`${label} ${text}`).not.toMatch(/diagnos/i);
    }
  });

  it('is opt-in and offered every two weeks', () => {
    expect(instrument).toMatchObject({ optIn: true, everyDays: 14, recall: 'the last 2 weeks' });
  });
});
