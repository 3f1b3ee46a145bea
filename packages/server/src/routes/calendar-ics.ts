import { type CalendarEvent, vtimezone, zoneOffsetMs } from '@spinekind/core';
import ical, { ICalEventTransparency } from 'ical-generator';

/**
 * A Date that reads its calendar fields in an IANA zone. ical-generator writes zoned times with
 * the local getters (`getHours()`…), which on a plain Date use the server's own zone; this follows
 * the TZDate shape it recognises, so `DTSTART;TZID=…` shows the user's wall-clock time.
 */
class ZonedDate extends Date {
  readonly internal: Date;
  constructor(
    ms: number,
    readonly zone: string,
  ) {
    super(ms);
    this.internal = new Date(ms);
  }
  withTimeZone(zone: string): ZonedDate {
    return new ZonedDate(this.getTime(), zone);
  }
  tzComponents(): Record<string, never> {
    return {};
  }
  private wall(): Date {
    return new Date(this.getTime() + zoneOffsetMs(this.getTime(), this.zone));
  }
  override getFullYear(): number {
    return this.wall().getUTCFullYear();
  }
  override getMonth(): number {
    return this.wall().getUTCMonth();
  }
  override getDate(): number {
    return this.wall().getUTCDate();
  }
  override getHours(): number {
    return this.wall().getUTCHours();
  }
  override getMinutes(): number {
    return this.wall().getUTCMinutes();
  }
  override getSeconds(): number {
    return this.wall().getUTCSeconds();
  }
}

const DAY = 86_400_000;

/** The feed as iCalendar text: events with TZID and a VTIMEZONE for every zone used. */
export function renderCalendar(
  events: CalendarEvent[],
  opts: { baseUrl: string; uidSuffix: string; nowMs: number },
): string {
  const from = Math.min(opts.nowMs, ...events.map((e) => e.start)) - DAY;
  const to = Math.max(opts.nowMs, ...events.map((e) => e.end)) + DAY;
  const calendar = ical({
    name: 'Spinekind',
    description: 'Movement breaks and planned routines from Spinekind',
    prodId: { company: 'Spinekind', product: 'Spinekind', language: 'EN' },
    ttl: 3 * 3600,
    timezone: { name: null, generator: (zone) => vtimezone(zone, from, to) },
  });
  for (const e of events) {
    calendar.createEvent({
      id: `${e.uid}-${opts.uidSuffix}@spinekind`,
      start: new ZonedDate(e.start, e.timeZone),
      end: new ZonedDate(e.end, e.timeZone),
      timezone: e.timeZone,
      stamp: new Date(opts.nowMs),
      summary: e.summary,
      description: e.description,
      url: `${opts.baseUrl}${e.path}`,
      transparency: e.free ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    });
  }
  // RFC 5545 §3.1: every content line ends in CRLF, the last included; ical-generator joins lines with
  // CRLF but leaves the final END:VCALENDAR without one.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
