import type { Dose } from '@spinekind/core';
import { useTranslation } from 'react-i18next';

/** "30 s × 2", "10 reps each side". */
export function useDoseText() {
  const { t } = useTranslation();
  return (dose: Dose): string => {
    if (dose.kind === 'time')
      return dose.sets > 1
        ? t('dose.timeSets', { seconds: dose.seconds, sets: dose.sets })
        : t('dose.time', { seconds: dose.seconds });
    const base =
      dose.sets > 1
        ? t('dose.repsSets', { reps: dose.reps, sets: dose.sets })
        : t('dose.reps', { reps: dose.reps });
    return dose.perSide ? `${base} ${t('dose.perSide')}` : base;
  };
}
