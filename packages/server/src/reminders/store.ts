import {
  defaultReminderSettings,
  instrumentById,
  instrumentIn,
  type Locale,
  localTimeOf,
  type Profile,
  type ReminderInputs,
  type ReminderSettings,
  storedReminderSettingsSchema,
} from '@spinekind/core';
import { savedBreaks } from '../breaks/store.js';
import { checkinDatesSince } from '../checkins/store.js';
import { loadCycles } from '../cycle/store.js';
import type { UserScope } from '../db/scope.js';
import { routineLookup, sessionsBetween } from '../exercise/store.js';
import { experimentSwitchSources } from '../experiments/views.js';
import { lastCompletedDates } from '../instruments/store.js';
import { nextUnreadLesson } from '../lessons/store.js';
import { loadPlan } from '../plan/store.js';
import { loadProfile } from '../profile/store.js';
import { countChange } from '../versions/versions.js';
import { reminderSettings } from './table.js';

const DAY_MS = 86_400_000;

/** Her settings as `GET /reminders` answers them: the document and its version (0 until she saves). */
export async function loadReminderDocument(scope: UserScope, timeZone?: string) {
  const [row] = await scope.db.select().from(reminderSettings).where(scope.where(reminderSettings));
  return { settings: await settingsOf(scope, row?.settings, timeZone), version: row?.version ?? 0 };
}

/**
 * Her saved settings, or the defaults (all off) in the zone she gave, else her break settings' or plan's
 * zone, else London (as the plan does).
 */
export async function loadReminderSettings(scope: UserScope, timeZone?: string): Promise<ReminderSettings> {
  return (await loadReminderDocument(scope, timeZone)).settings;
}

async function settingsOf(scope: UserScope, stored: unknown, timeZone?: string): Promise<ReminderSettings> {
  const saved = storedReminderSettingsSchema.safeParse(stored);
  if (saved.success) return saved.data;
  if (timeZone) return defaultReminderSettings(timeZone);
  const breaks = await savedBreaks(scope);
  const zone = breaks?.settings.timeZone ?? (await loadPlan(scope))?.timeZone ?? 'Europe/London';
  return defaultReminderSettings(zone);
}

/** Writes her one settings document (insert or replace), counting one change of its version. */
export async function saveReminderSettings(scope: UserScope, settings: ReminderSettings, now: Date) {
  await scope.db
    .insert(reminderSettings)
    .values({ userId: scope.userId, settings, updatedAt: now })
    .onConflictDoUpdate({
      target: reminderSettings.userId,
      set: { settings, updatedAt: now, ...countChange(reminderSettings) },
    });
}

/** The saved settings of a user, or null when she never saved any (the push job plans only for those). */
export async function savedReminderSettings(scope: UserScope): Promise<ReminderSettings | null> {
  const [row] = await scope.db.select().from(reminderSettings).where(scope.where(reminderSettings));
  return storedReminderSettingsSchema.safeParse(row?.settings).data ?? null;
}

/**
 * What core's `upcomingReminders` reads, from the stores of the features it is about: check-in days, her
 * saved plan and the sessions that met it, routine names, questionnaire answers and her mood opt-in, the
 * period forecast, the next lesson, her experiments, her language. Only the parts an enabled kind needs are
 * read.
 */
export async function loadReminderInputs(
  scope: UserScope,
  settings: ReminderSettings,
  fromMs: number,
  /** The request's language; a push job has none and takes her profile's (else English). */
  locale?: Locale,
): Promise<ReminderInputs> {
  const zone = settings.timeZone;
  const since = fromMs - 2 * DAY_MS;
  const routinesOn = settings.routines.enabled;
  const profile = settings.questionnaires.enabled || !locale ? await loadProfile(scope) : ({} as Profile);
  const language = locale ?? profile.language ?? 'en';
  const today = localTimeOf(fromMs, zone).date;
  const [checkinDates, plan, sessions, routineName, lastCompleted, cycles, lesson, experiments] =
    await Promise.all([
      settings.checkin.enabled ? checkinDatesSince(scope, since, zone) : new Set<string>(),
      routinesOn ? loadPlan(scope) : null,
      routinesOn ? sessionsBetween(scope, localTimeOf(since, zone).date) : [],
      routinesOn ? routineLookup(scope, language) : () => undefined,
      settings.questionnaires.enabled ? lastCompletedDates(scope) : {},
      settings.period.enabled ? loadCycles(scope, today) : null,
      settings.lesson.enabled ? nextUnreadLesson(scope, language) : undefined,
      settings.experiments.enabled ? experimentSwitchSources(scope, today, language) : [],
    ]);
  return {
    settings,
    checkinDates,
    plan,
    sessions,
    routineName: (id) => routineName(id)?.name,
    lastCompleted,
    optedIn: profile.moodQuestionnaires === true ? true : [],
    forecast: cycles?.forecast ?? null,
    nextLesson: lesson ? { id: lesson.id, title: lesson.title } : null,
    experiments,
    locale: language,
    instrumentName: (id) => {
      const instrument = instrumentById(id);
      return instrument ? instrumentIn(instrument, language).name : undefined;
    },
  };
}
