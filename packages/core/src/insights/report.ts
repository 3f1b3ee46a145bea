import type { Checkin } from '../checkins/schema.js';
import type { PeriodLike } from '../cycle/episodes.js';
import type { StageProfile } from '../cycle/stage.js';
import { type AreaInsights, areaInsights } from './areas.js';
import { type Insights, type InsightsInput, insightsOfSeries } from './compute.js';
import { type CycleInsights, cycleInsights } from './cycle.js';
import { addExtraDrivers, dailySeries } from './daily.js';
import type { DriverResult } from './drivers.js';
import { type DriverNames, driverLabel } from './labels.js';
import { driverLessonId } from './lessons.js';

export interface InsightsReportInput extends InsightsInput {
  periods?: readonly PeriodLike[];
  /** Every date with bleeding (light or more) in the user's check-ins; by default, those in `checkins`. */
  bleedingDays?: readonly string[];
  /** Profile answers that rule out a STRAW+10 estimate (HRT, hormonal contraception, surgery). */
  profile?: StageProfile;
}

export interface InsightsReport extends Insights {
  /** The range the numbers describe: `from` moves up to the first check-in when the range starts earlier. */
  from: string;
  to: string;
  /** Each driver with its name and the lesson that explains it (`lessonById`). */
  drivers: (DriverResult & { label: string; lessonId: string })[];
  cycle: Omit<CycleInsights, 'drivers'>;
  /** Pain per body area: each area's trend and the drivers of her worst one. */
  areas: AreaInsights;
}

const bleedingOf = (checkins: readonly Checkin[]) =>
  checkins.flatMap((c) =>
    c.bleeding === 'light' || c.bleeding === 'medium' || c.bleeding === 'heavy' ? [c.localDate] : [],
  );

/** The first check-in date in [from, to], or `from` when there is none: days before it hold no pain. */
function firstLogged(checkins: readonly Checkin[], from: string, to: string): string {
  let first = to;
  for (const c of checkins) if (c.localDate >= from && c.localDate < first) first = c.localDate;
  return checkins.some((c) => c.localDate >= from && c.localDate <= to) ? first : from;
}

/**
 * Everything the insights page shows, the same on the server and on the device: drivers (with the cycle
 * phases as drivers), trend, treatments, and pain by cycle phase, cycle day and STRAW+10 stage.
 */
export function insightsReport(input: InsightsReportInput): InsightsReport {
  const to = input.to;
  const from = firstLogged(input.checkins, input.from, to);
  const series = dailySeries(input.checkins, from, to, input.extraDrivers);
  const { drivers: phaseDrivers, ...cycle } = cycleInsights({
    series,
    periods: input.periods,
    bleedingDays: input.bleedingDays ?? bleedingOf(input.checkins),
    profile: input.profile,
  });
  // Phases as drivers only with cycle data; a caller's own driver of the same id wins.
  const phases = Object.entries(cycle.periods ? phaseDrivers : {}).filter(([id]) => !series.drivers.has(id));
  addExtraDrivers(series, Object.fromEntries(phases));
  const insights = insightsOfSeries(series, input);
  const names: DriverNames = {
    ...Object.fromEntries((input.treatments ?? []).map((t) => [`treatment:${t.id}`, t.name])),
    ...input.names,
  };
  return {
    ...insights,
    from,
    to,
    drivers: insights.drivers.map((d) => ({
      ...d,
      label: driverLabel(d.driver, names, input.locale),
      lessonId: driverLessonId(d.driver),
    })),
    cycle,
    areas: areaInsights(input.checkins, series, names, input.locale),
  };
}
