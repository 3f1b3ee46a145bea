import { useTranslation } from 'react-i18next';
import type { DayEvent } from '../checkins/timeline';
import { useDailyMetrics } from './api';
import { byDay, describeImportedDay } from './day-line';

/** Days with imported Apple Health values, as History lines ("From Apple Health: 8,412 steps, …"). */
export function useImportedDayEvents(from: string, to: string): DayEvent[] {
  const { t } = useTranslation();
  const { data } = useDailyMetrics(from, to);
  return byDay(data ?? []).flatMap(([day, items]) => {
    const values = describeImportedDay(items, t);
    return values
      ? [{ key: `apple-${day}`, day, text: t('imported.from', { values }), link: '/data/apple-health' }]
      : [];
  });
}
