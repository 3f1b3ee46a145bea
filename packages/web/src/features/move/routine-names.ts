import type { CustomRoutine } from '@spinekind/core';
import type { Locale } from '@spinekind/core/locales';
import { loadCatalogue } from './catalogue';
import { lookup } from './library';

/**
 * Her routines' names in her language: the built-in ones from the exercise library, her own as she named
 * them. Loaded by History (move/history.ts) only when she has sessions to name, so the library (~40 KB
 * compressed) stays off a visit that shows none.
 */
export async function routineNames(
  locale: Locale,
  own: readonly CustomRoutine[],
): Promise<(id: string) => string | undefined> {
  const found = lookup({ exercises: [], routines: own }, await loadCatalogue(locale));
  return (id) => found.routine(id)?.name;
}
