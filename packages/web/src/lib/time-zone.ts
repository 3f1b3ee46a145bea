/** The part of the TC39 Temporal API used here (Chromium ships it; TypeScript's libraries do not name it yet). */
const temporal = (globalThis as { Temporal?: { Now: { timeZoneId(): string } } }).Temporal;

/**
 * This device's time zone, e.g. "Europe/London" (the default until she picks another). Never kept: a laptop
 * that travels answers its new zone on the next call.
 *
 * `Temporal.Now.timeZoneId()` answers in ~0.1 ms. Without Temporal, the browser's first
 * `Intl.DateTimeFormat` loads its time-zone and calendar data (~15 ms on a fast machine, ~60 ms on a slow
 * phone, every call after it a fraction of a millisecond): `warmTimeZone` pays that once in a task of its own
 * while the first screen loads, rather than inside the larger task of whichever read asks first.
 */
export function deviceTimeZone(): string {
  return temporal?.Now.timeZoneId() || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Without Temporal, loads the browser's time-zone data in a task of its own (see `deviceTimeZone`). */
export function warmTimeZone(): void {
  if (!temporal) setTimeout(deviceTimeZone, 0);
}
