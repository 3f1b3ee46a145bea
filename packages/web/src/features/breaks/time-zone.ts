/** Every IANA zone this browser knows, for the time-zone search. */
export function knownTimeZones(): readonly string[] {
  return Intl.supportedValuesOf?.('timeZone') ?? [];
}

const key = (s: string) => s.trim().replace(/\s+/g, '_').toLowerCase();

/**
 * The zone she means by what she typed: an exact IANA name in any case, with spaces for underscores
 * ("europe/london", "America/New York"), or a city alone when one zone has it ("new york",
 * "Kolkata"). `undefined` when nothing or more than one zone matches.
 */
export function findTimeZone(typed: string, zones: readonly string[]): string | undefined {
  const wanted = key(typed);
  if (wanted === '') return undefined;
  const exact = zones.find((z) => key(z) === wanted);
  if (exact) return exact;
  const byCity = zones.filter((z) => key(z.slice(z.lastIndexOf('/') + 1)) === wanted);
  return byCity.length === 1 ? byCity[0] : undefined;
}
