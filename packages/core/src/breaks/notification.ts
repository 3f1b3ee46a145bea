import type { z } from 'zod';
import type { Locale } from '../i18n/locales.js';
import { breakT } from './i18n/index.js';
import { BREAK_INTERVAL_MIN } from './kinds.js';
import type { breakNotificationSchema } from './notification-schema.js';
import { dailyBreakPlan, MAX_BREAK_REMINDERS, nextReminders } from './schedule.js';
import type { BreakReminder, BreakSettings } from './schema.js';
import { snoozeChoices } from './snooze.js';
import type { BreakState } from './state.js';
import { localTimeOf, minutesOfDay } from './zoned-time.js';

/** The 2-minute desk routines a `move` reminder offers, in turn through the day (one of them relaxation). */
export const deskRoutineIds = [
  'desk-shoulders-neck',
  'desk-back-release',
  'desk-stand-up',
  'desk-tension-release',
] as const;

/** The JSON a break reminder push carries; the service worker shows it (notification-schema.ts). */
export type BreakNotification = z.infer<typeof breakNotificationSchema>;

/** Where a reminder falls in its day's plan (0-based); a snoozed one takes the place it replaced. */
function positionInDay(settings: BreakSettings, atMs: number): number {
  const minutes = localTimeOf(atMs, settings.timeZone).minutes;
  const before = dailyBreakPlan(settings).filter((p) => minutesOfDay(p.time) <= minutes).length;
  return Math.max(0, before - 1);
}

/**
 * The notification for one reminder in her language: a desk routine in turn for `move`, a posture change
 * otherwise.
 */
export function breakNotification(
  settings: BreakSettings,
  reminder: BreakReminder,
  locale: Locale = 'en',
): BreakNotification {
  const t = breakT(locale);
  const atMs = Date.parse(reminder.at);
  const at = new Date(atMs).toISOString();
  const tag = `break-${at}`;
  const snooze = snoozeChoices(settings, atMs);
  const actions = { start: t('startAction'), snooze: t('snoozeAction') };
  if (reminder.kind === 'stand') {
    return {
      title: t('standTitle'),
      body: t('standBody'),
      kind: 'stand',
      at,
      url: '/breaks',
      tag,
      routineId: null,
      snooze,
      actions,
    };
  }
  if (reminder.kind === 'sit') {
    return {
      title: t('sitTitle'),
      body: t('sitBody'),
      kind: 'sit',
      at,
      url: '/breaks',
      tag,
      routineId: null,
      snooze,
      actions,
    };
  }
  const routineId = deskRoutineIds[positionInDay(settings, atMs) % deskRoutineIds.length] ?? 'desk-stand-up';
  return {
    title: t('moveTitle'),
    body: t(`routine.${routineId}`),
    kind: 'move',
    at,
    url: `/move/play/${routineId}`,
    tag,
    routineId,
    snooze,
    actions,
  };
}

/**
 * The reminders falling in `(fromMs, toMs]` with the user's snooze, skip and pause applied: what a
 * push job plans ahead. Empty when reminders are off.
 */
export function remindersBetween(
  settings: BreakSettings,
  state: BreakState,
  fromMs: number,
  toMs: number,
): BreakReminder[] {
  if (!(toMs > fromMs)) return [];
  // At most one reminder per shortest interval, plus a snoozed one.
  const perWindow = Math.ceil((toMs - fromMs) / (BREAK_INTERVAL_MIN * 60_000)) + 2;
  const count = Math.min(MAX_BREAK_REMINDERS, perWindow);
  return nextReminders(settings, fromMs, count, state).filter((r) => Date.parse(r.at) <= toMs);
}

/** Whether a reminder planned for `atMs` still stands, given the user's current settings and state. */
export function isReminderDue(settings: BreakSettings, state: BreakState, atMs: number): boolean {
  const [next] = nextReminders(settings, atMs - 1, 1, state);
  return next !== undefined && Date.parse(next.at) === atMs;
}
