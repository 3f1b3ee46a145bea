import { addLocalDays } from '../breaks/zoned-time.js';
import type { LocalDate } from '../date-schemas.js';
import type { Locale } from '../i18n/locales.js';
import { translator } from '../i18n/messages.js';
import { todayDe } from './i18n/today-de.js';
import { todayEn } from './i18n/today-en.js';
import { todayEs } from './i18n/today-es.js';
import type { Lesson } from './schema.js';

/**
 * Today's lesson: one unread lesson chosen from her own data, with a plain reason for the card.
 * Pure: the server gathers her recent check-ins, screenings, profile and reading state and calls this.
 *
 * The rules, first that applies wins (each only while its lesson is unread):
 * 1. an emergency or urgent safety-check result in the last 14 days → the warning-signs lesson;
 * 2. under 6 hours of sleep on at least 3 of the last 7 nights → the sleep–pain loop;
 * 3. osteopenia or osteoporosis in her profile → bone health;
 * 4. hot flashes logged on at least 3 of the last 7 days → the menopause transition;
 * 5. otherwise the next unread lesson in the library's order.
 */
export interface TodayLessonInput {
  today: LocalDate;
  /** Ids of the lessons she has read. */
  read: ReadonlySet<string>;
  /** Her check-ins (at least the last 7 days); only the fields the rules read. */
  checkins: readonly { localDate: LocalDate; sleepHours?: number | null; hotFlushes?: number | null }[];
  /** Her safety checks (at least the last 14 days). */
  screenings: readonly { localDate: LocalDate; level: string }[];
  boneHealth?: string | null;
}

export type TodayLesson = { lesson: Lesson; reason: string } | { lesson: null; reason: string };

export const TODAY_RULES = {
  shortSleepHours: 6,
  shortSleepNights: 3,
  hotFlushDays: 3,
  weekDays: 7,
  redFlagDays: 14,
} as const;

const reasons = { en: todayEn, de: todayDe, es: todayEs };

/** Pass the library in her language (`lessonsIn`) and the same locale: the reason is written in it. */
export function chooseTodayLesson(
  library: readonly Lesson[],
  input: TodayLessonInput,
  locale: Locale = 'en',
): TodayLesson {
  const t = translator(reasons, locale);
  const unread = (id: string) => {
    const lesson = library.find((l) => l.id === id);
    return lesson && !input.read.has(id) ? lesson : undefined;
  };
  const weekFrom = addLocalDays(input.today, -(TODAY_RULES.weekDays - 1));
  const week = input.checkins.filter((c) => c.localDate >= weekFrom && c.localDate <= input.today);

  const flagFrom = addLocalDays(input.today, -(TODAY_RULES.redFlagDays - 1));
  const redFlag = input.screenings.some(
    (s) =>
      s.localDate >= flagFrom &&
      s.localDate <= input.today &&
      (s.level === 'emergency' || s.level === 'urgent'),
  );
  const warning = redFlag && unread('warning-signs');
  if (warning)
    return {
      lesson: warning,
      reason: t('warningSigns'),
    };

  // One value per day: the shortest sleep she logged that day (several check-ins a day may carry it).
  const sleepByDay = new Map<string, number>();
  for (const c of week)
    if (c.sleepHours != null)
      sleepByDay.set(c.localDate, Math.min(c.sleepHours, sleepByDay.get(c.localDate) ?? Infinity));
  const shortNights = [...sleepByDay.values()].filter((h) => h < TODAY_RULES.shortSleepHours).length;
  const sleep = shortNights >= TODAY_RULES.shortSleepNights && unread('sleep-pain-loop');
  if (sleep)
    return {
      lesson: sleep,
      reason: t('shortSleep', { hours: TODAY_RULES.shortSleepHours, count: shortNights }),
    };

  const fragile = input.boneHealth === 'osteopenia' || input.boneHealth === 'osteoporosis';
  const bone = fragile && unread('bone-health');
  if (bone)
    return { lesson: bone, reason: t(input.boneHealth === 'osteopenia' ? 'osteopenia' : 'osteoporosis') };

  const flushDays = new Set(week.filter((c) => (c.hotFlushes ?? 0) > 0).map((c) => c.localDate)).size;
  const menopause = flushDays >= TODAY_RULES.hotFlushDays && unread('menopause-transition');
  if (menopause) return { lesson: menopause, reason: t('hotFlushes', { count: flushDays }) };

  const next = library.find((l) => !input.read.has(l.id));
  return next ? { lesson: next, reason: t('next') } : { lesson: null, reason: t('allRead') };
}
