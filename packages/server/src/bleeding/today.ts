import { formatWithOffset, isTimeZone, localDateOf, localTimeOf } from '@spinekind/core';
import { z } from 'zod';
import { savedBreaks } from '../breaks/store.js';
import { latestUtcOffset } from '../checkins/store.js';
import type { UserScope } from '../db/scope.js';

/** `?timeZone=Europe/London`: the zone her "today" is read in (an IANA name the runtime knows). */
export const timeZoneField = z
  .string()
  .max(64)
  .refine(isTimeZone, 'Unknown time zone; use an IANA name like Europe/London.');

/**
 * Her local date now: in the zone she sends (the device's), else the zone of her break settings, else
 * the UTC offset of her latest check-in, else UTC. A bleeding check judged as of a UTC "yesterday" would
 * leave out the spotting she logged this morning in Auckland.
 */
export async function herToday(scope: UserScope, now: Date, timeZone?: string): Promise<string> {
  if (timeZone) return localTimeOf(now.getTime(), timeZone).date;
  const breaks = await savedBreaks(scope);
  if (breaks) return localTimeOf(now.getTime(), breaks.settings.timeZone).date;
  return localDateOf(formatWithOffset(now.getTime(), (await latestUtcOffset(scope)) ?? 0));
}
