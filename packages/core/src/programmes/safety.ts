import { addDays } from '../cycle/days.js';
import type { LocalDate } from '../date-schemas.js';
import type { Locale } from '../i18n/locales.js';
import { triageAdviceIn } from '../triage/i18n/index.js';
import { programmeT } from './i18n/index.js';

/** How long after an emergency or urgent safety-check result the programme stays paused (unless she got checked). */
export const PAUSE_DAYS = 7;

export interface ProgrammePause {
  level: 'emergency' | 'urgent';
  reason: string;
}

type ScreeningLike = { localDate: LocalDate; level: string; followUp?: string | null };

/**
 * Red flags win over the programme (triage spec §7.3.4, as for routines): an emergency or urgent
 * safety-check result in the last week pauses it until she says she got checked or decided not to.
 * The reason is said in her language with that level's triage advice.
 */
export function programmePause(
  screenings: readonly ScreeningLike[],
  today: LocalDate,
  locale: Locale = 'en',
  /** The triage advice per level in her language. */
  advice: Readonly<Record<ProgrammePause['level'], string>> = triageAdviceIn(locale),
): ProgrammePause | null {
  const from = addDays(today, -(PAUSE_DAYS - 1));
  const serious = screenings
    .filter(
      (s) =>
        (s.level === 'emergency' || s.level === 'urgent') &&
        s.localDate >= from &&
        s.localDate <= today &&
        s.followUp !== 'checked' &&
        s.followUp !== 'decided_not',
    )
    .sort((a, b) => a.localDate.localeCompare(b.localDate))
    .at(-1);
  if (!serious) return null;
  const level = serious.level as ProgrammePause['level'];
  return {
    level,
    reason: programmeT(locale)('paused', { advice: advice[level] }),
  };
}
