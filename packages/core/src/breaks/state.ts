import type { z } from 'zod';
import type { breakActionSchema, breakStateSchema } from './state-schema.js';

/**
 * What the user has done to today's reminders. `snoozedUntil`: the next reminder comes then
 * instead. `skipNextAfter`: the first scheduled reminder after this instant is dropped.
 * `pausedAt`: nothing more on that local day; reminders resume on the next work day.
 */
export type BreakState = z.infer<typeof breakStateSchema>;

export const snoozeMinutes = [5, 10] as const;
export type SnoozeMinutes = (typeof snoozeMinutes)[number];

/** A user's answer to a reminder. */
export type BreakAction = z.infer<typeof breakActionSchema>;

/** The state after the user acts at `nowMs`; `resume` lifts a pause for today. */
export function applyBreakAction(state: BreakState, action: BreakAction, nowMs: number): BreakState {
  const iso = (ms: number) => new Date(ms).toISOString();
  switch (action.type) {
    case 'snooze':
      return { ...state, snoozedUntil: iso(nowMs + action.minutes * 60_000) };
    case 'skip':
      return { ...state, skipNextAfter: iso(nowMs) };
    case 'pause':
      return { ...state, pausedAt: iso(nowMs) };
    case 'resume': {
      const { pausedAt: _p, ...rest } = state;
      return rest;
    }
  }
}
