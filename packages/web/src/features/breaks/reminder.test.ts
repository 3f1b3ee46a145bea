import { defaultBreakSettings } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { nextToShow, reminderUrl, routineFor } from './reminder';

const at = (iso: string) => Date.parse(iso);
const items = [
  { at: '2026-03-10T09:25:00.000Z', kind: 'move' as const },
  { at: '2026-03-10T09:55:00.000Z', kind: 'move' as const },
];

describe('nextToShow', () => {
  it('shows the first planned reminder after the last one handled', () => {
    expect(nextToShow(items, at('2026-03-10T09:00:00Z'))).toEqual({
      at: at('2026-03-10T09:25:00Z'),
      kind: 'move',
    });
    expect(nextToShow(items, at('2026-03-10T09:25:00Z'))?.at).toBe(at('2026-03-10T09:55:00Z'));
  });

  it('brings a snoozed reminder back first and drops planned ones before it', () => {
    const snooze = { until: at('2026-03-10T09:58:00Z'), kind: 'stand' as const };
    expect(nextToShow(items, at('2026-03-10T09:25:00Z'), snooze)).toEqual({
      at: snooze.until,
      kind: 'stand',
    });
    // Once the snoozed one has been shown, the plan carries on after it.
    expect(nextToShow(items, snooze.until, snooze)).toBeUndefined();
  });

  it('has nothing to show when reminders are off', () => {
    expect(nextToShow([], at('2026-03-10T09:00:00Z'))).toBeUndefined();
  });
});

describe('routineFor', () => {
  const settings = { ...defaultBreakSettings('UTC'), enabled: true, lunch: undefined };

  it('offers no routine for a stand or sit prompt: the breaks page instead', () => {
    expect(routineFor(settings, { at: at('2026-03-10T09:25:00Z'), kind: 'stand' })).toBeUndefined();
    expect(reminderUrl(settings, { at: at('2026-03-10T09:55:00Z'), kind: 'sit' })).toBe('/breaks');
  });

  it('takes the desk routines in turn through the day, as a push for the same reminder would', () => {
    const times = ['2026-03-10T09:25:00Z', '2026-03-10T09:55:00Z', '2026-03-10T10:25:00Z'];
    const routines = times.map((t) => routineFor(settings, { at: at(t), kind: 'move' }));
    expect(new Set(routines)).toEqual(new Set(['desk-shoulders-neck', 'desk-back-release', 'desk-stand-up']));
    expect(reminderUrl(settings, { at: at(times[0] ?? ''), kind: 'move' })).toBe(`/move/play/${routines[0]}`);
  });
});
