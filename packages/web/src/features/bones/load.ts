import type { ProgrammeLoad } from '@spinekind/core';
import type { TFunction } from 'i18next';
import { useCatalogue } from '../move/catalogue';

/** "4.5 kg", "red band", "body weight". */
export function loadText(load: ProgrammeLoad | null | undefined, t: TFunction): string {
  if (!load) return '';
  if (load.loadKg !== undefined) return t('bones.kg', { kg: load.loadKg });
  if (load.band) return t('bones.band', { colour: t(`bones.bands.${load.band}`) });
  return t('bones.bodyweight');
}

/** "3 × 10 each side, 4.5 kg" or "2 × 30 s". */
export function doseText(
  item: {
    sets: number;
    reps: number | null;
    seconds: number | null;
    perSide: boolean;
    load?: ProgrammeLoad | null;
  },
  t: TFunction,
): string {
  const seconds = item.seconds ?? 0;
  const amount =
    item.reps !== null
      ? `${item.sets} × ${item.reps}`
      : seconds >= 120
        ? t('bones.minutes', { count: Math.round(seconds / 60) })
        : `${item.sets} × ${seconds} s`;
  const side = item.perSide ? ` ${t('bones.perSide')}` : '';
  const load = loadText(item.load, t);
  return `${amount}${side}${load ? `, ${load}` : ''}`;
}

/** Names exercises in her language (the id for one the catalogue does not know). */
export function useExerciseName(): (id: string) => string {
  const catalogue = useCatalogue();
  return (id) => catalogue.exerciseById(id)?.name ?? id;
}
