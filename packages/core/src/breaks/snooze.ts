import { inWorkTime } from './schedule.js';
import type { BreakSettings } from './schema.js';
import { type SnoozeMinutes, snoozeMinutes } from './state.js';

/**
 * The snoozes she may choose at `nowMs`: only those whose reminder would come back in work time. A
 * snooze landing at or after work end, in lunch or on a day off is not offered: no reminder would come.
 */
export function snoozeChoices(settings: BreakSettings, nowMs: number): SnoozeMinutes[] {
  return snoozeMinutes.filter((m) => inWorkTime(settings, nowMs + m * 60_000));
}
