// The kinds of break plans and reminders and the interval's bounds, apart from the settings' schema
// (schema.ts), so the browser's reminder code does not load zod.

export const breakModes = ['pomodoro', '50-10', 'hourly', 'custom'] as const;
export type BreakMode = (typeof breakModes)[number];

export const reminderKinds = ['move', 'stand', 'sit'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export const BREAK_INTERVAL_MIN = 10;
export const BREAK_INTERVAL_MAX = 240;
