import { formatWithOffset } from '@spinekind/core';
import { format, isToday, isYesterday, parseISO } from 'date-fns';
import { formatDay } from './format';

/** Now, as an ISO instant in the device's own offset (so the server derives the right local date). */
export function nowWithOffset(date = new Date()): string {
  return formatWithOffset(date.getTime(), -date.getTimezoneOffset());
}

/** The device's local date, `YYYY-MM-DD`. */
export function todayLocal(date = new Date()): string {
  return format(date, 'yyyy-MM-dd');
}

/** The wall-clock time written in an instant, e.g. "08:30", as recorded where the user was. */
export function timeOf(instant: string): string {
  return instant.slice(11, 16);
}

/** A friendly day heading: "Today", "Yesterday" or "Tue 14 Mar". */
export function dayLabel(day: string, t: (k: string) => string): string {
  const d = parseISO(day);
  if (isToday(d)) return t('dates.today');
  if (isYesterday(d)) return t('dates.yesterday');
  return formatDay(day, 'weekday');
}
