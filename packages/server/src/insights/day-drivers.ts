import {
  addDays,
  checkinDriverFields,
  type ExtraDrivers,
  fromFirstUse,
  isRelaxRoutine,
  localTimeOf,
  RELAX_DRIVER,
  relaxMinutesDriver,
  routines,
} from '@spinekind/core';
import { breaksTakenBetween, firstBreakAnswer, loadBreaks } from '../breaks/store.js';
import type { UserScope } from '../db/scope.js';
import { sessionTimes } from '../exercise/store.js';
import { listDailyMetrics } from '../imports/store.js';

/**
 * Day-level drivers that live outside the check-ins: exercise sessions done (count and minutes), minutes of
 * guided relaxation, movement breaks taken, and daily metrics imported from other sources (Apple Health
 * steps, sleep, weight…). From the first day a feature was used, a day without an entry counts as 0 (no
 * session, no break taken); before it, days are unknown: she may have moved without the app (`fromFirstUse`).
 */

const add = (map: Map<string, number>, day: string, value: number) =>
  map.set(day, (map.get(day) ?? 0) + value);

const relaxRoutineIds = routines.filter((r) => isRelaxRoutine(r.id)).map((r) => r.id);

async function sessionDrivers(scope: UserScope, from: string, to: string): Promise<ExtraDrivers> {
  const { first, firstRelax, rows } = await sessionTimes(scope, from, to, relaxRoutineIds);
  const count = new Map<string, number>();
  const minutes = new Map<string, number>();
  for (const r of rows) {
    add(count, r.localDate, 1);
    add(minutes, r.localDate, Math.max(0, r.endedAt.getTime() - r.startedAt.getTime()) / 60_000);
  }
  const sessions = fromFirstUse(first, from, to, count);
  const time = fromFirstUse(first, from, to, minutes);
  const relax = relaxMinutesDriver(rows, firstRelax, from, to);
  return {
    ...(sessions && time ? { exerciseSessions: sessions, exerciseMinutes: time } : {}),
    ...(relax ? { [RELAX_DRIVER]: relax } : {}),
  };
}

async function breakDrivers(scope: UserScope, from: string, to: string): Promise<ExtraDrivers> {
  // A day either side of the range in UTC covers every time zone's local dates.
  const since = new Date(`${addDays(from, -1)}T00:00:00Z`);
  const until = new Date(`${addDays(to, 2)}T00:00:00Z`);
  const [first, taken, { settings }] = await Promise.all([
    firstBreakAnswer(scope),
    breaksTakenBetween(scope, since, until),
    loadBreaks(scope),
  ]);
  if (!first) return {};
  // The log keeps instants; her days are those of the time zone her break settings use.
  const dayOf = (at: Date) => localTimeOf(at.getTime(), settings.timeZone).date;
  const perDay = new Map<string, number>();
  for (const at of taken) add(perDay, dayOf(at), 1);
  const breaksTaken = fromFirstUse(dayOf(first), from, to, perDay);
  return breaksTaken ? { breaksTaken } : {};
}

async function metricDrivers(scope: UserScope, from: string, to: string): Promise<ExtraDrivers> {
  const rows = await listDailyMetrics(scope, from, to);
  // Several sources for one metric on one day (a phone and a watch): their mean.
  const sums = new Map<string, Map<string, [number, number]>>();
  for (const r of rows) {
    // Pain itself is the outcome, never a driver; prefixed ids belong to cycle phases, treatments, trackers.
    if (!Number.isFinite(r.value) || /^pain/i.test(r.metric) || r.metric.includes(':')) continue;
    const byDay = sums.get(r.metric) ?? new Map<string, [number, number]>();
    sums.set(r.metric, byDay);
    const [s, n] = byDay.get(r.localDate) ?? [0, 0];
    byDay.set(r.localDate, [s + r.value, n + 1]);
  }
  const drivers: Record<string, ExtraDrivers[string]> = {};
  for (const [metric, byDay] of sums) {
    const values = new Map([...byDay].map(([day, [s, n]]) => [day, s / n]));
    // A metric that is also a check-in field (imported sleep or weight) fills only the days not checked in.
    drivers[metric] = { values, fillsGaps: checkinDriverFields.has(metric) };
  }
  return drivers;
}

/** Every day-level driver the server knows for [from, to] besides check-ins, cycle phases and treatments. */
export async function dayDrivers(scope: UserScope, from: string, to: string): Promise<ExtraDrivers> {
  const [sessions, breaks, metrics] = await Promise.all([
    sessionDrivers(scope, from, to),
    breakDrivers(scope, from, to),
    metricDrivers(scope, from, to),
  ]);
  // Our own records name the driver; an imported metric of the same name does not replace them.
  return { ...metrics, ...sessions, ...breaks };
}
