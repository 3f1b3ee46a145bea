/**
 * Benjamini–Hochberg adjusted p-values ("q-values"): q₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎·m/j, capped at 1
 * (Benjamini & Hochberg 1995, J. R. Stat. Soc. B 57:289), the same as R's `p.adjust(p, 'BH')`.
 */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => (p[b] as number) - (p[a] as number));
  const q = new Array<number>(m);
  let running = 1;
  order.forEach((index, fromTop) => {
    const rank = m - fromTop;
    running = Math.min(running, ((p[index] as number) * m) / rank);
    q[index] = running;
  });
  return q;
}
