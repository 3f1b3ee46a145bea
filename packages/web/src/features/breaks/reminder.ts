import {
  type BreakReminder,
  type BreakSettings,
  breakNotification,
  type ReminderKind,
} from '@spinekind/core';

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

/**
 * The 2-minute routine offered with a reminder, the same one a push for it would offer (core's
 * `breakNotification`): desk routines in turn for `move`; a stand or sit prompt needs none.
 */
export function routineFor(settings: BreakSettings, reminder: DueReminder): string | undefined {
  const at = new Date(reminder.at).toISOString();
  return breakNotification(settings, { at, kind: reminder.kind }).routineId ?? undefined;
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
export function reminderUrl(settings: BreakSettings, reminder: DueReminder): string {
  const routine = routineFor(settings, reminder);
  return routine ? `/move/play/${routine}` : '/breaks';
}
