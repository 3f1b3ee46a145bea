/**
 * This device's time zone, e.g. "Europe/London" (the default until she picks another).
 *
 * The browser's first `Intl.DateTimeFormat` loads its time-zone and calendar data: ~12 ms on a fast machine,
 * ~50 ms on a slow phone, every call after it a fraction of a millisecond. `warmTimeZone` pays that once in a
 * task of its own while the first screen loads, rather than inside the larger task of whichever read asks
 * first. Never kept: a laptop that travels answers its new zone on the next call.
 */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Loads the browser's time-zone data in a task of its own (see `deviceTimeZone`). */
export function warmTimeZone(): void {
  setTimeout(deviceTimeZone, 0);
}
