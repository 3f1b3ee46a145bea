import type { BreakReminder, ReminderKind } from '@spinekind/core';

/** A reminder to show in the page, at an instant in epoch milliseconds. */
export interface DueReminder {
  at: number;
  kind: ReminderKind;
}

/** A snooze made on this device: the snoozed reminder comes back at `until`, by this device's clock. */
export interface LocalSnooze {
  until: number;
  kind: ReminderKind;
}

/** A reminder found later than this (the device slept, the tab was frozen) is passed over quietly. */
export const MAX_LATE_MS = 15 * 60_000;
/** Long waits are cut into steps, so a sleeping device or a changed clock is noticed. */
export const MAX_WAIT_MS = 30 * 60_000;

export const deskRoutines = ['desk-shoulders-neck', 'desk-back-release', 'desk-stand-up'] as const;

/**
 * The 2-minute routine offered with a reminder: standing up gets the stand-up routine; a move
 * reminder alternates neck-and-shoulders and back by the hour; sitting down needs none.
 */
export function routineFor(reminder: DueReminder): string | undefined {
  if (reminder.kind === 'sit') return undefined;
  if (reminder.kind === 'stand') return 'desk-stand-up';
  return new Date(reminder.at).getHours() % 2 === 0 ? 'desk-shoulders-neck' : 'desk-back-release';
}

/**
 * The next reminder to show after `cursor` (the last one shown or handled): a snooze made here
 * comes first and replaces any planned before it, as on the server; otherwise the first planned one.
 */
export function nextToShow(
  items: readonly BreakReminder[],
  cursor: number,
  snooze?: LocalSnooze,
): DueReminder | undefined {
  if (snooze && snooze.until > cursor) return { at: snooze.until, kind: snooze.kind };
  return items.map((r) => ({ at: Date.parse(r.at), kind: r.kind })).find((r) => r.at > cursor);
}

/** Where a reminder leads: the routine's player, or the breaks page when there is no routine. */
export function reminderUrl(reminder: DueReminder): string {
  const routine = routineFor(reminder);
  return routine ? `/move/play/${routine}` : '/breaks';
}
