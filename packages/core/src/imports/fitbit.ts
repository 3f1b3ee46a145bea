import { massUnits } from './apple-health-types.js';
import { dayRecords, isoDay, type NormalizedImport } from './day-records.js';

/**
 * Fitbit's Google Takeout archive: `Fitbit/Global Export Data/steps-YYYY-MM-DD.json` (per-minute
 * `{dateTime: "01/15/24 08:31:00", value: "12"}`, values as strings, summed per day as written),
 * `sleep-*.json` (`{dateOfSleep, minutesAsleep, mainSleep}`), `weight-*.json` (`{date: "01/15/24",
 * weight}` in the unit the account used: she says which, kg or lb, because the file does not).
 */
export const fitbitFilePattern = /(^|\/)Global Export Data\/(steps|sleep|weight)-\d{4}-\d{2}-\d{2}\.json$/;
export type WeightUnit = 'kg' | 'lb';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fitbit's `MM/DD/YY` (optionally followed by a time) → `YYYY-MM-DD`. */
function fitbitDay(text: unknown): string | undefined {
  const m = typeof text === 'string' ? /^(\d{2})\/(\d{2})\/(\d{2})(?:\s|$)/.exec(text) : null;
  return m ? isoDay(`20${m[3]}-${m[1]}-${m[2]}`) : undefined;
}

/** A Fitbit Takeout archive → daily records; `file` for each matching JSON file, then `finish`. */
export function fitbitImport(weightUnit: WeightUnit | undefined) {
  const days = dayRecords();
  const steps = new Map<string, number>();
  let files = 0;
  return {
    file(name: string, json: unknown): void {
      const kind = fitbitFilePattern.exec(name)?.[2];
      if (!kind) return;
      files++;
      if (!Array.isArray(json)) {
        days.error(files, `${name} is not a list of entries.`);
        return;
      }
      for (const e of json) {
        if (!isObj(e)) continue;
        if (kind === 'steps') {
          const day = fitbitDay(e.dateTime);
          const n = Number(e.value);
          if (day && Number.isFinite(n) && n >= 0) steps.set(day, (steps.get(day) ?? 0) + n);
        } else if (kind === 'sleep') {
          const day = isoDay(e.dateOfSleep as string);
          const minutes = Number(e.minutesAsleep);
          if (e.mainSleep === false)
            days.leaveOut('Naps', 'only the main sleep of each night counts as your sleep');
          else if (day && minutes >= 0 && minutes <= 24 * 60)
            days.metric(day, 'sleepHours', minutes / 60, 'sum');
        } else {
          const day = fitbitDay(e.date);
          const kg = Number(e.weight) * (weightUnit ? (massUnits[weightUnit] ?? Number.NaN) : Number.NaN);
          if (!weightUnit)
            days.leaveOut('Weights', 'say whether your Fitbit account used kg or lb to bring them in');
          else if (day && kg >= 20 && kg <= 400)
            days.metric(day, 'weightKg', Math.round(kg * 100) / 100, 'last');
          else
            days.error(
              files,
              `A weight of ${String(e.weight)} ${weightUnit} on ${String(e.date)} is not one Spinekind can keep.`,
            );
        }
      }
    },
    finish(): NormalizedImport {
      for (const [day, n] of steps) if (n <= 200_000) days.metric(day, 'steps', n, 'sum');
      return days.finish();
    },
    get files() {
      return files;
    },
  };
}
