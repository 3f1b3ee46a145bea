/** "Your last 3 cycles were 26 to 31 days long", or "… were all 28 days long" when they were the same. */
export function lastCyclesSentence(lengths: readonly number[]): string {
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  const span = shortest === longest ? `all ${shortest}` : `${shortest} to ${longest}`;
  return `Your last ${lengths.length} cycles were ${span} days long`;
}
