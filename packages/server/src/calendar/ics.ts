import { TZDate } from '@date-fns/tz';
import { type CalendarEvent, calendarT, type Locale, vtimezone } from '@spinekind/core';
import ical, { ICalAlarmType, ICalEventTransparency } from 'ical-generator';

const DAY = 86_400_000;

/** The feed as iCalendar text: events with TZID and a VTIMEZONE for every zone used. */
export function renderCalendar(
  events: CalendarEvent[],
  opts: { baseUrl: string; uidSuffix: string; nowMs: number; locale?: Locale },
): string {
  const from = Math.min(opts.nowMs, ...events.map((e) => e.start)) - DAY;
  const to = Math.max(opts.nowMs, ...events.map((e) => e.end)) + DAY;
  const calendar = ical({
    name: 'Spinekind',
    description: calendarT(opts.locale ?? 'en')('calendarDescription'),
    prodId: { company: 'Spinekind', product: 'Spinekind', language: (opts.locale ?? 'en').toUpperCase() },
    ttl: 3 * 3600,
    timezone: { name: null, generator: (zone) => vtimezone(zone, from, to) },
  });
  for (const e of events) {
    const event = calendar.createEvent({
      id: `${e.uid}-${opts.uidSuffix}@spinekind`,
      // A TZDate reads its wall-clock fields in the event's zone, so DTSTART;TZID=… shows her local time.
      start: new TZDate(e.start, e.timeZone),
      end: new TZDate(e.end, e.timeZone),
      timezone: e.timeZone,
      stamp: new Date(opts.nowMs),
      summary: e.summary,
      description: e.description,
      url: `${opts.baseUrl}${e.path}`,
      transparency: e.free ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    });
    // A number is seconds before the start (TRIGGER:-PT10M); 0 alarms at the start.
    if (e.alarmMinutesBefore !== undefined)
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: e.alarmMinutesBefore * 60,
        description: e.summary,
      });
  }
  // RFC 5545 §3.1: every content line ends in CRLF, the last included; ical-generator joins lines with
  // CRLF but leaves the final END:VCALENDAR without one.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
