import { min } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { checkins } from '../checkins/table.js';
import { periods } from '../cycle/table.js';
import type { UserOwned, UserScope } from '../db/scope.js';
import { exerciseSessions } from '../exercise/table.js';
import { dailyMetrics } from '../imports/table.js';
import { instrumentResponses } from '../instruments/table.js';
import { screenings } from '../screenings/table.js';
import { treatments } from '../tracking/table.js';

/** Every dated record History shows, with the column that dates it. */
const dated: [PgTable & UserOwned, PgColumn][] = [
  [checkins, checkins.localDate],
  [screenings, screenings.localDate],
  [periods, periods.startDate],
  [treatments, treatments.startDate],
  [instrumentResponses, instrumentResponses.localDate],
  [exerciseSessions, exerciseSessions.localDate],
  [dailyMetrics, dailyMetrics.localDate],
];

/** The earliest day of anything in her History, or null when she has nothing yet (one indexed MIN per table). */
export async function firstHistoryDay(scope: UserScope): Promise<string | null> {
  const firsts = await Promise.all(
    dated.map(async ([table, day]) => {
      const [row] = await scope.db
        .select({ first: min(day) })
        .from(table)
        .where(scope.where(table));
      return (row?.first as string | null | undefined) ?? null;
    }),
  );
  return firsts.filter((d): d is string => d !== null).sort()[0] ?? null;
}
