/**
 * What Today reads first, in a module of its own so the first load can start these reads (app/early-reads.ts)
 * while Today's code is still on its way. No imports: it is part of the first load.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Today's check-ins: today (the device's date) and the eight days before it, for the pain-spike prompt. */
export function todayWindow(now = new Date()): { from: string; to: string } {
  return { from: day(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 8)), to: day(now) };
}

/** The reads Today starts with, as `api()` paths: her profile, her screenings, the window's check-ins. */
export function todayReads(now = new Date()): string[] {
  const { from, to } = todayWindow(now);
  return ['/profile', '/screenings', `/checkins?from=${from}&to=${to}`];
}
