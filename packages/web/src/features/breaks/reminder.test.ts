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
  it('offers the stand-up routine for a stand prompt and none for sitting down', () => {
    expect(routineFor({ at: 0, kind: 'stand' })).toBe('desk-stand-up');
    expect(routineFor({ at: 0, kind: 'sit' })).toBeUndefined();
    expect(reminderUrl({ at: 0, kind: 'sit' })).toBe('/breaks');
  });

  it('alternates the two desk routines for move reminders an hour apart', () => {
    const first = routineFor({ at: at('2026-03-10T09:25:00Z'), kind: 'move' });
    const second = routineFor({ at: at('2026-03-10T10:25:00Z'), kind: 'move' });
    expect(new Set([first, second])).toEqual(new Set(['desk-shoulders-neck', 'desk-back-release']));
    expect(reminderUrl({ at: at('2026-03-10T09:25:00Z'), kind: 'move' })).toBe(`/move/play/${first}`);
  });
});
