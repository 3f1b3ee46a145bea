import type { ReminderItem, ReminderSettings } from '@spinekind/core';

const MINUTE = 60_000;
/** A routine counts as due from this long before its planned time until this long after. */
const ROUTINE_AHEAD_MS = 60 * MINUTE;
const ROUTINE_GRACE_MS = 30 * MINUTE;

/**
 * Whether a kind this card can show is on. Experiment reminders are not among them: Today's experiment
 * card already shows the day's plan, so with only those on there is nothing to ask the server for.
 */
export const anyOn = (s: ReminderSettings) =>
  s.checkin.enabled || s.routines.enabled || s.questionnaires.enabled || s.period.enabled || s.lesson.enabled;

/**
 * What her reminders would have brought by now, from the server's list since the start of today: a check-in
 * whose time has passed (gone once she checks in), a routine planned within the hour, the period forecast
 * on its day. Questionnaires, the lesson and an experiment's plan for the day have cards of their own on
 * Today, so they are not repeated.
 */
export function dueNow(
  items: readonly ReminderItem[],
  settings: ReminderSettings,
  now: number,
  checkedIn: boolean,
) {
  const due = items.filter((item) => {
    const at = Date.parse(item.at);
    // The server's list drops the check-in once it has her check-in; this device may know first.
    if (item.kind === 'checkin') return !checkedIn && at <= now;
    if (item.kind === 'period') return at <= now;
    if (item.kind !== 'routine') return false;
    const planned = at + settings.routines.minutesBefore * MINUTE;
    return planned >= now - ROUTINE_GRACE_MS && planned <= now + ROUTINE_AHEAD_MS;
  });
  // One check-in line is enough, however many of its times have passed.
  return due.filter((item, i) => item.kind !== 'checkin' || due.findIndex((d) => d.kind === 'checkin') === i);
}
