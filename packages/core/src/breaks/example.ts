import type { BreakSettings } from './schema.js';

/** A typical office week (London, Mon–Fri 09:00–17:00, lunch 12:30–13:30, pomodoro), for examples and tests. */
export function exampleBreakSettings(over: Partial<BreakSettings> = {}): BreakSettings {
  return {
    enabled: true,
    timeZone: 'Europe/London',
    workDays: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '17:00',
    mode: 'pomodoro',
    lunch: { start: '12:30', end: '13:30' },
    standingDesk: false,
    ...over,
  };
}
