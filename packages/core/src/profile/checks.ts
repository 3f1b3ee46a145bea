import type { LocalDate } from '../date-schemas.js';
import type { ErrorDetail } from '../errors.js';
import type { Profile } from './schema.js';

/**
 * Rules between profile fields and today that the schema alone can't hold: no birth year or HRT change in
 * the future, and no HRT change before she started HRT. `today` is her local date (or the latest date on
 * Earth when her zone is unknown, so a user ahead of UTC is never refused her own today).
 */
export function profileProblems(profile: Profile, today: LocalDate): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (profile.birthYear != null && profile.birthYear > Number(today.slice(0, 4)))
    problems.push({ path: 'birthYear', message: "Birth year can't be in the future." });
  const change = profile.hrtChangeDate ?? null;
  if (change !== null && change > today)
    problems.push({ path: 'hrtChangeDate', message: "The last HRT change can't be in the future." });
  else if (change !== null && profile.hrtStartDate != null && change < profile.hrtStartDate)
    problems.push({
      path: 'hrtChangeDate',
      message:
        "The last HRT change can't be before you started HRT; if you restarted, use the restart as the start date.",
    });
  return problems;
}
