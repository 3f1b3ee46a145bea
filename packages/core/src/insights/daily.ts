import type { Checkin } from '../checkins/schema.js';
import { daysBetween } from '../cycle/days.js';
import { DomainError } from '../errors.js';

export type DriverKind = 'numeric' | 'boolean';

/** A day-level driver known outside check-ins: exercise sessions done, breaks taken, a cycle phase… */
export interface ExtraDriver {
  /** Value per local date (`YYYY-MM-DD`): a number, or true/false. */
  values: ReadonlyMap<string, number | boolean>;
  /** Value for dates in the range that `values` lacks; leave it out when a missing date means "not known". */
  otherwise?: number | boolean;
  /**
   * With a check-in field's id (imported `sleepHours`, `weightKg`…): keep the check-ins' values and fill only
   * the days they leave empty. Without it, an extra driver with a field's id replaces the field.
   */
  fillsGaps?: boolean;
}
/** Extra drivers by id (`exerciseSessions`, `breaksTaken`, `steps`, `cyclePhase:luteal`…). */
export type ExtraDrivers = Readonly<Record<string, ExtraDriver>>;

/** One value per day of the range: NaN where not known; booleans as 1 (yes) and 0 (no). */
export interface DriverSeries {
  kind: DriverKind;
  values: Float64Array;
}

/** Check-ins turned into one row per calendar day of [from, to]. */
export interface DailySeries {
  dates: string[];
  /** Mean of the day's pain scores; NaN on days without a check-in (missing, never zero). */
  pain: Float64Array;
  /** The day's highest pain, counting both `pain` and `painWorst`. */
  painMax: Float64Array;
  drivers: Map<string, DriverSeries>;
}

type Aggregate = 'mean' | 'sum' | 'any';

/** How several entries on one day combine: counts add up, scores and amounts average, yes/no is any-yes. */
const fieldAggregates = {
  sleepHours: 'mean',
  sleepQuality: 'mean',
  nightPain: 'any',
  nightWakings: 'sum',
  mood: 'mean',
  stress: 'mean',
  hotFlushes: 'sum',
  nightSweats: 'any',
  activityMinutes: 'sum',
  sittingHours: 'mean',
  waterGlasses: 'sum',
  weightKg: 'mean',
  waistCm: 'mean',
  stiffnessMinutes: 'mean',
} as const satisfies Partial<Record<keyof Checkin, Aggregate>>;
const fields = Object.entries(fieldAggregates) as [keyof typeof fieldAggregates, Aggregate][];
/** Check-in fields tested as drivers (besides bleeding, foods and custom trackers). */
export const checkinDriverFields: ReadonlySet<string> = new Set(Object.keys(fieldAggregates));

/** Fields recorded in the morning about the night before: their lag is counted from that night. */
export const nightDrivers: ReadonlySet<string> = new Set([
  'sleepHours',
  'sleepQuality',
  'nightPain',
  'nightWakings',
  'nightSweats',
]);

class Accumulator {
  readonly sum: Float64Array;
  readonly count: Uint32Array;
  sawNumber = false;
  constructor(
    readonly aggregate: Aggregate,
    days: number,
  ) {
    this.sum = new Float64Array(days);
    this.count = new Uint32Array(days);
  }
  add(day: number, value: number | boolean): void {
    if (typeof value === 'number') this.sawNumber = true;
    this.sum[day] = (this.sum[day] as number) + Number(value);
    this.count[day] = (this.count[day] as number) + 1;
  }
  /** Custom trackers are yes/no when only true/false was ever logged; otherwise numbers, averaged. */
  series(): DriverSeries {
    const kind: DriverKind = this.aggregate === 'any' && !this.sawNumber ? 'boolean' : 'numeric';
    const aggregate = kind === 'numeric' && this.aggregate === 'any' ? 'mean' : this.aggregate;
    const values = new Float64Array(this.sum.length).fill(Number.NaN);
    for (let day = 0; day < values.length; day++) {
      const c = this.count[day] as number;
      if (c === 0) continue;
      const s = this.sum[day] as number;
      values[day] = aggregate === 'sum' ? s : aggregate === 'mean' ? s / c : s > 0 ? 1 : 0;
    }
    return { kind, values };
  }
}

/** Aggregates check-ins (and extra day-level drivers) into a daily series over [from, to], both inclusive. */
export function dailySeries(
  checkins: readonly Checkin[],
  from: string,
  to: string,
  extraDrivers: ExtraDrivers = {},
): DailySeries {
  const length = daysBetween(from, to) + 1;
  if (length < 1) throw new DomainError('validation_failed', '`from` must be on or before `to`.');
  const start = Date.parse(`${from}T00:00:00Z`);
  const dates = Array.from({ length }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
  const index = new Map(dates.map((d, i) => [d, i]));
  const pain = new Accumulator('mean', length);
  const painMax = new Float64Array(length).fill(Number.NaN);
  const foodsLogged = new Uint8Array(length);
  // Keyed by the raw field, food and tracker ids; the driver ids are made once at the end.
  const byField = new Map<string, Accumulator>();
  const byFood = new Map<string, Accumulator>();
  const byTracker = new Map<string, Accumulator>();
  const accumulator = (map: Map<string, Accumulator>, id: string, aggregate: Aggregate) => {
    let acc = map.get(id);
    if (!acc) {
      acc = new Accumulator(aggregate, length);
      map.set(id, acc);
    }
    return acc;
  };
  // The fields' accumulators by their place in `fields` (made when a field is first seen, so the drivers
  // keep the order the check-ins show them in): no map lookup per field and check-in.
  const fieldAccs: (Accumulator | undefined)[] = new Array(fields.length);
  for (const c of checkins) {
    const day = index.get(c.localDate);
    if (day === undefined) continue;
    pain.add(day, c.pain);
    const worst = Math.max(c.pain, c.painWorst ?? 0);
    const before = painMax[day] as number;
    painMax[day] = Number.isNaN(before) ? worst : Math.max(before, worst);
    for (let i = 0; i < fields.length; i++) {
      const [field, aggregate] = fields[i] as (typeof fields)[number];
      const value = c[field];
      if (value == null) continue;
      let acc = fieldAccs[i];
      if (!acc) {
        acc = accumulator(byField, field, aggregate);
        fieldAccs[i] = acc;
      }
      acc.add(day, value);
    }
    if (c.bleeding) accumulator(byField, 'bleeding', 'any').add(day, c.bleeding !== 'none');
    if (c.foods) foodsLogged[day] = 1;
    for (const food of c.foods ?? []) accumulator(byFood, food, 'any').add(day, true);
    const custom = c.custom;
    if (custom)
      for (const id in custom) accumulator(byTracker, id, 'any').add(day, custom[id] as number | boolean);
  }
  // A day whose food list was filled in says no to every food it leaves out.
  for (const acc of byFood.values())
    for (let day = 0; day < length; day++) if (foodsLogged[day] && acc.count[day] === 0) acc.add(day, false);
  const drivers = new Map<string, DriverSeries>();
  for (const [id, acc] of byField) drivers.set(id, acc.series());
  for (const [id, acc] of byFood) drivers.set(`food:${id}`, acc.series());
  for (const [id, acc] of byTracker) drivers.set(`custom:${id}`, acc.series());
  const series = { dates, pain: pain.series().values, painMax, drivers };
  addExtraDrivers(series, extraDrivers, index);
  return series;
}

/** Adds day-level drivers to a series (see `ExtraDriver` for how they meet the check-in fields). */
export function addExtraDrivers(
  series: DailySeries,
  extraDrivers: ExtraDrivers,
  index: ReadonlyMap<string, number> = new Map(series.dates.map((d, i) => [d, i])),
): void {
  const length = series.dates.length;
  for (const [id, extra] of Object.entries(extraDrivers)) {
    const own = series.drivers.get(id);
    const added = extraSeries(extra, index, length);
    if (extra.fillsGaps && own) {
      own.values.forEach((v, day) => {
        if (Number.isNaN(v)) own.values[day] = added.values[day] as number;
      });
    } else series.drivers.set(id, added);
  }
}

function extraSeries(extra: ExtraDriver, index: ReadonlyMap<string, number>, length: number): DriverSeries {
  const values = new Float64Array(length).fill(
    extra.otherwise === undefined ? Number.NaN : Number(extra.otherwise),
  );
  let onlyBooleans = extra.otherwise === undefined || typeof extra.otherwise === 'boolean';
  for (const [date, value] of extra.values) {
    const day = index.get(date);
    if (day === undefined) continue;
    values[day] = Number(value);
    if (typeof value === 'number') onlyBooleans = false;
  }
  return { kind: onlyBooleans ? 'boolean' : 'numeric', values };
}
