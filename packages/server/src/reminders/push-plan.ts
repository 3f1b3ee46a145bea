import {
  type Locale,
  MAX_REMINDERS_ASKED,
  type ReminderItem,
  type ReminderSettings,
  reminderNotification,
  storedReminderSettingsSchema,
  upcomingReminders,
} from '@spinekind/core';
import { and, asc, gt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { type UserScope, userScope } from '../db/scope.js';
import { loadProfile } from '../profile/store.js';
import { hasPushSubscription, planPushes, planPushLater } from '../push/store.js';
import { loadReminderInputs, savedReminderSettings } from './store.js';
import { reminderSettings } from './table.js';

const USERS_PER_BATCH = 200;
const LATER = 'later:';

/** The push row key of a reminder put off with "Later": which reminder, and when it first came. */
export const laterKey = (item: Pick<ReminderItem, 'key' | 'at'>) => `${LATER}${item.at}|${item.key}`;

/** The reminder a push row names: its own key and instant, or, for a "Later" row, the one put off. */
function namedBy(key: string, dueAt: Date): { key: string; atMs: number } {
  if (!key.startsWith(LATER)) return { key, atMs: dueAt.getTime() };
  const bar = key.indexOf('|');
  return { key: key.slice(bar + 1), atMs: Date.parse(key.slice(LATER.length, bar)) };
}

/**
 * The reminder with this key at this instant if it still stands with her data now (a check-in dropped
 * once she checked in that day, a routine once played, a questionnaire once answered), else null.
 */
export async function dueReminder(
  scope: UserScope,
  settings: ReminderSettings,
  key: string,
  atMs: number,
  locale?: Locale,
): Promise<ReminderItem | null> {
  const inputs = await loadReminderInputs(scope, settings, atMs - 1, locale);
  // Nothing falls between atMs - 1 and atMs, so the ones at atMs come first.
  const items = upcomingReminders(inputs, atMs - 1, 10);
  return items.find((i) => i.key === key && Date.parse(i.at) === atMs) ?? null;
}

const enabledKind = (kind: string) => sql`(${reminderSettings.settings} -> ${kind} ->> 'enabled') = 'true'`;

/**
 * For users with a reminder kind on and at least one device, stores her reminders due in `[fromMs, toMs]`
 * as `pending` push rows. Idempotent and once per key (a unique index on user and key), so every instance
 * may plan and a reminder that stays due (a questionnaire) is not sent again the next day.
 */
export async function planItemReminders(db: Db, now: Date, fromMs: number, toMs: number): Promise<number> {
  let planned = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const users = await db
      .select()
      .from(reminderSettings)
      .where(
        and(
          gt(reminderSettings.userId, after),
          or(
            ...['checkin', 'routines', 'questionnaires', 'period', 'lesson', 'experiments'].map(enabledKind),
          ),
          hasPushSubscription(db)(reminderSettings.userId),
        ),
      )
      .orderBy(asc(reminderSettings.userId))
      .limit(USERS_PER_BATCH);
    for (const user of users) {
      const settings = storedReminderSettingsSchema.safeParse(user.settings);
      if (!settings.success) continue;
      const inputs = await loadReminderInputs(userScope(db, user.userId), settings.data, fromMs);
      const rows = upcomingReminders(inputs, fromMs, MAX_REMINDERS_ASKED)
        .filter((i) => Date.parse(i.at) <= toMs)
        .map((i) => ({
          userId: user.userId,
          dueAt: new Date(i.at),
          key: i.key,
          kind: i.kind,
          createdAt: now,
        }));
      planned += await planPushes(db, rows);
    }
    const last = users.at(-1);
    if (!last || users.length < USERS_PER_BATCH) return planned;
    after = last.userId;
  }
}

/**
 * "Later" on a reminder: the same reminder again in `minutes`, if it still stands then. Answers when, or
 * null when there is no such reminder of hers (or it no longer stands).
 */
export async function planLater(
  scope: UserScope,
  item: { key: string; at: string },
  now: Date,
  minutes: number,
): Promise<Date | null> {
  const settings = await savedReminderSettings(scope);
  const due = settings && (await dueReminder(scope, settings, item.key, Date.parse(item.at)));
  if (!due) return null;
  const dueAt = new Date(now.getTime() + minutes * 60_000);
  // Put off again: the one row of this reminder moves on.
  await planPushLater(scope, { dueAt, key: laterKey(due), kind: due.kind, createdAt: now });
  return dueAt;
}

/**
 * The notification of a claimed reminder row in the language of her profile (a job has no request), or
 * null when it no longer stands (cancelled).
 */
export async function itemNotification(scope: UserScope, key: string, dueAt: Date): Promise<string | null> {
  const settings = await savedReminderSettings(scope);
  if (!settings) return null;
  const locale = (await loadProfile(scope)).language ?? 'en';
  const named = namedBy(key, dueAt);
  const due = await dueReminder(scope, settings, named.key, named.atMs, locale);
  return due ? JSON.stringify(reminderNotification(due, locale)) : null;
}
