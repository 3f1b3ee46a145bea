import { describe, expect, it } from 'vitest';
import { bookedAtFor, showBleedingCard } from './answers.js';

const soon = { level: 'soon' as const, runStart: '2026-03-01' };
const answer = (answer: 'booked' | 'remind_tomorrow', answeredAt: string, runStart = '2026-03-01') => ({
  runStart,
  answer,
  answeredAt,
});

describe('showBleedingCard', () => {
  it('shows a soon run until 14 days after its last bleeding day', () => {
    expect(showBleedingCard(soon, '2026-03-02', [], '2026-03-16')).toBe(true);
    expect(showBleedingCard(soon, '2026-03-02', [], '2026-03-17')).toBe(false);
  });

  it('never shows info or nothing', () => {
    expect(showBleedingCard({ level: 'info', runStart: '2026-03-01' }, '2026-03-01', [], '2026-03-01')).toBe(
      false,
    );
    expect(showBleedingCard({ level: null, runStart: null }, null, [], '2026-03-01')).toBe(false);
  });

  it('hides it once she booked, for that run only', () => {
    expect(
      showBleedingCard(soon, '2026-03-02', [answer('booked', '2026-03-03T09:00:00+01:00')], '2026-03-04'),
    ).toBe(false);
    const other = [answer('booked', '2026-03-03T09:00:00+01:00', '2026-01-01')];
    expect(showBleedingCard(soon, '2026-03-02', other, '2026-03-04')).toBe(true);
  });

  it('hides it for the rest of her day after "Remind me tomorrow", then shows it again', () => {
    const later = [answer('remind_tomorrow', '2026-03-03T23:30:00+01:00')];
    expect(showBleedingCard(soon, '2026-03-02', later, '2026-03-03')).toBe(false);
    expect(showBleedingCard(soon, '2026-03-02', later, '2026-03-04')).toBe(true);
  });
});

describe('bookedAtFor', () => {
  it('gives the first booked answer of the run', () => {
    const answers = [
      answer('booked', '2026-03-05T10:00:00Z'),
      answer('remind_tomorrow', '2026-03-02T10:00:00Z'),
      answer('booked', '2026-03-04T10:00:00Z'),
    ];
    expect(bookedAtFor('2026-03-01', answers)).toBe('2026-03-04T10:00:00Z');
    expect(bookedAtFor('2026-02-01', answers)).toBe(null);
  });
});
