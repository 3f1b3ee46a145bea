import type { LegPromptReason, ScreeningPromptOfCheckin } from './leg-symptoms.js';

export type ScreeningPromptReason = 'first' | 'spike' | LegPromptReason | 'weekly';

interface PromptCheckin {
  localDate: string;
  recordedAt: string;
  pain: number;
  /** The check-in's own prompt (leg symptoms), as the server answers it: `checkinScreeningPrompt`. */
  screeningPrompt?: ScreeningPromptOfCheckin | undefined;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * When to offer the safety check (issue: first use, weekly, pain 3+ above the 7-day mean, and the leg
 * symptoms her latest check-in carries in its `screeningPrompt`).
 * `checkins` are the last 8 days or more; `lastScreening` is the local date of the latest one, if any.
 * A screening already done today silences the spike and below-knee prompts for the rest of the day.
 */
export function screeningPrompt(args: {
  checkins: readonly PromptCheckin[];
  lastScreening: string | undefined;
  today: string;
}): ScreeningPromptReason | undefined {
  const { checkins, lastScreening, today } = args;
  if (!lastScreening) return 'first';
  const screenedToday = lastScreening >= today;
  const sorted = [...checkins].sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : 1));
  const latest = sorted.at(-1);
  if (!screenedToday && latest && latest.localDate === today) {
    // The 7 days before the latest check-in's day, not counting that day.
    const before = sorted.filter(
      (c) =>
        dayNumber(latest.localDate) - dayNumber(c.localDate) >= 1 &&
        dayNumber(latest.localDate) - dayNumber(c.localDate) <= 7,
    );
    if (before.length > 0) {
      const mean = before.reduce((a, c) => a + c.pain, 0) / before.length;
      if (latest.pain >= mean + 3) return 'spike';
    }
    if (latest.screeningPrompt) return latest.screeningPrompt.reason;
  }
  if (dayNumber(today) - dayNumber(lastScreening) >= 7) return 'weekly';
  return undefined;
}
