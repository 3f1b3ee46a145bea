import { z } from 'zod';
import { localDateSchema } from '../date-schemas.js';
import type { Locale } from '../i18n/locales.js';
import { addDays, daysBetween } from './days.js';
import type { Cycle } from './episodes.js';
import { cycleT } from './i18n/index.js';
import { expectedCycleLength } from './phase.js';
import type { StageEstimate, StageProfile } from './stage.js';
import { dayAndMonth, lastCyclesSentence } from './words.js';

/** Complete cycles a forecast reads: the most recent ones say most about the next. */
export const FORECAST_FROM_CYCLES = 6;
/** Fewer complete cycles than this and there is nothing to forecast from. */
export const FORECAST_MIN_CYCLES = 3;
/** A window wider than this is not a forecast any more: we say so instead of guessing. */
export const FORECAST_MAX_WINDOW_DAYS = 14;
/** Even regular cycles vary from one to the next (Bull et al. 2019, npj Digital Medicine: over 600,000 cycles). */
const MIN_HALF_WIDTH_DAYS = 2;

export interface PeriodForecast {
  /** First and last day of the window the next period is likely to start in. */
  from: string;
  to: string;
  /** In plain words, what the window rests on. */
  basis: string;
  /** `medium` for a narrow window from six steady cycles, `low` otherwise: never more. */
  confidence: 'low' | 'medium';
}

/** The forecast as the API answers it (`GET /cycle`). */
export const periodForecastSchema = z.strictObject({
  from: localDateSchema,
  to: localDateSchema,
  basis: z.string(),
  confidence: z.enum(['low', 'medium']),
});

/** A forecast, or why there is none: the reason is shown where the forecast would be. */
export type ForecastAnswer = { forecast: PeriodForecast; note: null } | { forecast: null; note: string };

const none = (note: string): ForecastAnswer => ({ forecast: null, note });

/**
 * When her next period is likely to start, from the lengths of her last six complete cycles: the window runs
 * from the shortest to the longest of them after the start of the cycle running now (at least two days
 * either side of the median). No forecast, with the reason, when her bleeding does not follow her cycle
 * (hormonal contraception, HRT, no uterus), after the menopause by the stage estimate, with fewer than three
 * complete cycles, when the window would be wider than 14 days, or when the window has passed.
 */
export function forecastNextPeriod(args: {
  cycles: readonly Cycle[];
  profile: StageProfile | null | undefined;
  stage: Pick<StageEstimate, 'stage'>;
  asOf: string;
  /** The language of the note or basis (English by default). */
  locale?: Locale;
}): ForecastAnswer {
  const { cycles, profile, stage, asOf, locale = 'en' } = args;
  const t = cycleT(locale);
  if (profile?.hormonalContraception) return none(t('noForecastContraception'));
  if (profile?.hrt) return none(t('noForecastHrt'));
  if (profile?.uterusRemoved) return none(t('noForecastUterus'));
  if (stage.stage === 'postmenopause') return none(t('noForecastStopped'));
  const running = cycles.at(-1);
  const lengths = cycles
    .map((c) => c.lengthDays)
    .filter((n): n is number => n !== null)
    .slice(-FORECAST_FROM_CYCLES)
    .sort((a, b) => a - b);
  if (!running || running.lengthDays !== null || lengths.length < FORECAST_MIN_CYCLES) {
    const min = FORECAST_MIN_CYCLES;
    return none(
      lengths.length ? t('needCyclesSoFar', { min, count: lengths.length }) : t('needCycles', { min }),
    );
  }
  const shortest = lengths[0] as number;
  const longest = lengths.at(-1) as number;
  // The median of the same recent cycles, as the cycle phases count it.
  const middle = expectedCycleLength(cycles) as number;
  const from = Math.min(shortest, middle - MIN_HALF_WIDTH_DAYS);
  const to = Math.max(longest, middle + MIN_HALF_WIDTH_DAYS);
  const described = lastCyclesSentence(lengths, locale);
  if (to - from + 1 > FORECAST_MAX_WINDOW_DAYS) {
    return none(t('varyTooMuch', { cycles: described }));
  }
  const window = { from: addDays(running.start, from), to: addDays(running.start, to) };
  if (daysBetween(window.to, asOf) > 0) {
    return none(t('overdue', { date: dayAndMonth(window.to, locale) }));
  }
  const steady =
    lengths.length >= FORECAST_FROM_CYCLES && to - from + 1 <= 7 && stage.stage === 'reproductive';
  return {
    forecast: {
      ...window,
      basis: t('forecastBasis', { cycles: described, middle, date: dayAndMonth(running.start, locale) }),
      confidence: steady ? 'medium' : 'low',
    },
    note: null,
  };
}
