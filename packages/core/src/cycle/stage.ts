import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

export type Stage = 'reproductive' | 'early_transition' | 'late_transition' | 'postmenopause' | 'unknown';

export interface Episode {
  start: string;
  end: string;
}
export interface Cycle {
  start: string;
  /** Days from this period's start to the next one's; null for the cycle still running. */
  lengthDays: number | null;
}
export interface StageEstimate {
  stage: Stage;
  basis: string;
  evidence: string[];
  isEstimate: true;
}
export interface StageProfile {
  hormonalContraception?: boolean | null;
  hrt?: boolean | null;
  uterusRemoved?: boolean | null;
}

const days = (a: string, b: string) => differenceInCalendarDays(parseISO(b), parseISO(a));
const next = (d: string, n: number) => format(addDays(parseISO(d), n), 'yyyy-MM-dd');
const NOTE = 'This is an estimate from your log, not a diagnosis.';

/**
 * Bleeding episodes from logged periods and check-in bleeding days. Days one apart or with a
 * one-day gap join one episode. Spotting alone does not start a period (STRAW+10 counts bleeding,
 * and cycle definitions such as WHO's exclude spotting), so spotting-only days are not passed in.
 */
export function bleedingEpisodes(
  periods: { startDate: string; endDate: string | null }[],
  bleedingDays: string[],
): Episode[] {
  const all = new Set(bleedingDays);
  for (const p of periods) {
    const end = p.endDate ?? p.startDate;
    for (let d = p.startDate; d <= end; d = next(d, 1)) all.add(d);
  }
  const sorted = [...all].sort();
  const episodes: Episode[] = [];
  for (const d of sorted) {
    const last = episodes.at(-1);
    if (last && days(last.end, d) <= 2) last.end = d;
    else episodes.push({ start: d, end: d });
  }
  return episodes;
}

/** Cycle lengths from episode starts; the last cycle is still running. */
export function cyclesOf(episodes: Episode[]): Cycle[] {
  return episodes.map((e, i) => {
    const following = episodes[i + 1];
    return { start: e.start, lengthDays: following ? days(e.start, following.start) : null };
  });
}

/** Spread of complete cycle lengths: standard deviation and the largest change between consecutive cycles. */
export function cycleVariability(cycles: Cycle[]) {
  const lengths = cycles.map((c) => c.lengthDays).filter((n): n is number => n !== null);
  if (lengths.length < 2) return { cycles: lengths.length, sdDays: null, maxDifferenceDays: null };
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  const sd = Math.sqrt(lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / (lengths.length - 1));
  const diffs = lengths.slice(1).map((l, i) => Math.abs(l - (lengths[i] as number)));
  return { cycles: lengths.length, sdDays: Math.round(sd * 10) / 10, maxDifferenceDays: Math.max(...diffs) };
}

/**
 * STRAW+10 (Harlow et al. 2012): a ≥7-day difference between consecutive cycle lengths that recurs
 * within 10 cycles. One odd cycle makes two adjacent jumps (out and back); we count those as one
 * event, so "recurs" needs a second, separate change — a single long cycle is not a transition.
 */
function persistentVariation(cycles: Cycle[]): string[] | undefined {
  const complete = cycles.filter((c) => c.lengthDays !== null);
  const events: number[] = [];
  let previousJump = -2;
  for (let i = 1; i < complete.length; i++) {
    const jump = Math.abs((complete[i]?.lengthDays ?? 0) - (complete[i - 1]?.lengthDays ?? 0)) >= 7;
    if (jump && i !== previousJump + 1) events.push(i);
    if (jump) previousJump = i;
  }
  for (let k = 1; k < events.length; k++) {
    const first = events[k - 1] as number;
    const again = events[k] as number;
    if (again - first <= 10)
      return [complete[first - 1], complete[first], complete[again]].map((c) => c?.start ?? '');
  }
  return undefined;
}

/** STRAW+10 stage estimate from the period log as of a date (Harlow et al., Menopause 2012). */
export function estimateStage(args: {
  episodes: Episode[];
  profile: StageProfile;
  asOf: string;
}): StageEstimate {
  const { profile, asOf } = args;
  const unknown = (basis: string, evidence: string[] = []): StageEstimate => ({
    stage: 'unknown',
    basis: `${basis} ${NOTE}`,
    evidence,
    isEstimate: true,
  });
  if (profile.hormonalContraception)
    return unknown('Hormonal contraception changes bleeding, so your periods cannot show a stage.');
  if (profile.hrt) return unknown('HRT changes bleeding, so your periods cannot show a stage.');
  if (profile.uterusRemoved) return unknown('Without a uterus there are no periods to read a stage from.');
  const episodes = args.episodes.filter((e) => e.start <= asOf);
  const last = episodes.at(-1);
  if (!last) return unknown('No periods logged yet. Log your periods to see an estimate.');
  const sinceLast = days(last.end, asOf);
  // STRAW+10: 12 months of amenorrhoea after the final period marks menopause; we count 365 days.
  if (sinceLast >= 365) {
    return {
      stage: 'postmenopause',
      basis: `It has been ${sinceLast} days (12 months or more) since your last period. ${NOTE}`,
      evidence: [last.end],
      isEstimate: true,
    };
  }
  // STRAW+10: an interval of amenorrhoea of 60 days or more marks the late transition.
  if (sinceLast >= 60) {
    return {
      stage: 'late_transition',
      basis: `It has been ${sinceLast} days (60 or more) since your last period. ${NOTE}`,
      evidence: [last.end],
      isEstimate: true,
    };
  }
  const cycles = cyclesOf(episodes);
  const varied = persistentVariation(cycles);
  if (varied) {
    return {
      stage: 'early_transition',
      basis: `Your cycle length changed by 7 days or more between cycles, and did so again within 10 cycles. ${NOTE}`,
      evidence: varied,
      isEstimate: true,
    };
  }
  const complete = cycles.filter((c) => c.lengthDays !== null).length;
  if (complete < 3)
    return unknown(`Log ${3 - complete} more cycle${3 - complete === 1 ? '' : 's'} to see an estimate.`);
  return {
    stage: 'reproductive',
    basis: `Your last ${complete} cycles were regular (no change of 7 days or more that came back). ${NOTE}`,
    evidence: cycles.map((c) => c.start),
    isEstimate: true,
  };
}
