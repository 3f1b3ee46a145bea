import { dateOfDay, dayOfWallMs } from './apple-dates.js';
import { dayRecords, type NormalizedImport } from './day-records.js';
import { addInterval, type Interval, totalMs } from './intervals.js';

/**
 * Android Health Connect's export (`Health Connect.zip` holding its SQLite database). Times are epoch
 * milliseconds with the zone offset (seconds) of where she was: each value belongs to the local day of
 * that offset, so a week abroad stays on her days. `steps_record_table` (`count` over
 * `[start_time, end_time)`, per app), `sleep_session_record_table`, `weight_record_table` (`weight` in grams).
 */
export interface HcSteps {
  start_time: number;
  start_zone_offset: number | null;
  count: number;
  app_info_id: number | null;
}
export interface HcSleep {
  start_time: number;
  end_time: number;
  end_zone_offset: number | null;
}
export interface HcWeight {
  time: number;
  zone_offset: number | null;
  weight: number;
}

const HOUR = 3_600_000;
// As for Apple Health: sleep ending from 18:00 belongs to the next morning.
const WAKE_DAY_SHIFT = 6 * HOUR;
const wall = (epochMs: number, offsetSeconds: number | null) => epochMs + (offsetSeconds ?? 0) * 1000;

/** Health Connect's rows → daily records: steps (the app with most steps each day), sleep, weight. */
export function healthConnectImport(rows: {
  steps: readonly HcSteps[];
  sleep: readonly HcSleep[];
  weight: readonly HcWeight[];
}): NormalizedImport {
  const days = dayRecords();
  // Two apps writing the same walk must not be added: per day, the app with most steps (as for Apple).
  const steps = new Map<number, Map<number, number>>();
  for (const [i, r] of rows.steps.entries()) {
    if (!(Number.isFinite(r.start_time) && r.count >= 0 && r.count <= 200_000)) {
      days.error(i + 1, `Steps row ${i + 1} has no readable time or count.`);
      continue;
    }
    const day = dayOfWallMs(wall(r.start_time, r.start_zone_offset));
    const byApp = steps.get(day) ?? new Map<number, number>();
    byApp.set(r.app_info_id ?? -1, (byApp.get(r.app_info_id ?? -1) ?? 0) + r.count);
    steps.set(day, byApp);
  }
  for (const [day, byApp] of steps) days.metric(dateOfDay(day), 'steps', Math.max(...byApp.values()), 'last');

  const nights = new Map<number, Interval[]>();
  for (const [i, r] of rows.sleep.entries()) {
    if (!(r.end_time > r.start_time && r.end_time - r.start_time <= 24 * HOUR)) {
      days.error(i + 1, `Sleep session ${i + 1} has no readable start and end.`);
      continue;
    }
    const day = dayOfWallMs(wall(r.end_time, r.end_zone_offset) + WAKE_DAY_SHIFT);
    const list = nights.get(day) ?? [];
    addInterval(list, r.start_time, r.end_time);
    nights.set(day, list);
  }
  for (const [day, list] of nights) days.metric(dateOfDay(day), 'sleepHours', totalMs(list) / HOUR, 'last');

  const weights = [...rows.weight].sort((a, b) => a.time - b.time);
  for (const [i, r] of weights.entries()) {
    const kg = r.weight / 1000;
    if (!(kg >= 20 && kg <= 400))
      days.error(i + 1, `A weight of ${r.weight} g is not one Spinekind can keep.`);
    else
      days.metric(
        dateOfDay(dayOfWallMs(wall(r.time, r.zone_offset))),
        'weightKg',
        Math.round(kg * 100) / 100,
        'last',
      );
  }
  return days.finish();
}
