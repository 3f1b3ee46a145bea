/**
 * The outbox's clock and dice, and how it waits for later. Tests put their own in (a fixed clock, a known
 * "random", a wake-up they fire themselves), so back-off is checked without waiting.
 */
export const timing = {
  now: (): number => Date.now(),
  random: (): number => Math.random(),
  /** Runs `wake` in `ms`; answers a way to call it off. */
  later(wake: () => void, ms: number): () => void {
    const timer = setTimeout(wake, ms);
    return () => clearTimeout(timer);
  },
};

const FIRST_PAUSE_MS = 2_000;
const LONGEST_PAUSE_MS = 60_000;

/**
 * How long to wait before the `tries`-th retry: 2 s, 4, 8, 16 … up to a minute, each with "equal jitter"
 * (half fixed, half random), so many devices that lost the server together do not all come back at once.
 */
export function backoffDelay(tries: number): number {
  const ceiling = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.max(0, tries - 1));
  return Math.round(ceiling / 2 + (timing.random() * ceiling) / 2);
}
