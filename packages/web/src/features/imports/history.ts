import { dailyMetricSourceNames } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import type { DayEvent } from '../checkins/timeline';
import { useDailyMetrics } from './api';
import { byDay, bySource, describeImportedDay } from './day-line';

/** Days with imported values, one History line per day and source ("From Bearable: slept 7.5 h, …"). */
export function useImportedDayEvents(from: string, to: string): DayEvent[] {
  const { t } = useTranslation();
  const { data } = useDailyMetrics(from, to);
  return byDay(data ?? []).flatMap(([day, items]) =>
    bySource(items).flatMap(([source, values]) => {
      const text = describeImportedDay(values, t);
      const link = source === 'apple-health' ? '/data/apple-health' : '/data/other-apps';
      const key = source === 'apple-health' ? `apple-${day}` : `${source}-${day}`;
      return text
        ? [
            {
              key,
              day,
              text: t('imported.from', { source: dailyMetricSourceNames[source], values: text }),
              link,
            },
          ]
        : [];
    }),
  );
}
