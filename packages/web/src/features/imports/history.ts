import { useTranslation } from 'react-i18next';
import { unitsOf } from '../checkins/form/state';
import type { DayEvent } from '../checkins/timeline';
import { useProfile } from '../profile/api';
import { useDailyMetrics, useImportedNotes } from './api';
import { byDay, bySource, describeImportedDay } from './day-line';
import { sourceName } from './source-name';

/**
 * Days with imported values, one History line per day and source ("From Bearable: slept 7.5 h, …"), and
 * the notes she wrote in those apps ("Your note in Bearable: …").
 */
export function useImportedDayEvents(from: string, to: string): DayEvent[] {
  const { t } = useTranslation();
  const { data } = useDailyMetrics(from, to);
  const units = unitsOf(useProfile().data);
  const notes = useImportedNotes(from, to).data ?? [];
  const values = byDay(data ?? []).flatMap(([day, items]) =>
    bySource(items).flatMap(([source, values]) => {
      const text = describeImportedDay(values, t, units);
      const link = source === 'apple-health' ? '/data/apple-health' : '/data/other-apps';
      const key = source === 'apple-health' ? `apple-${day}` : `${source}-${day}`;
      return text
        ? [
            {
              key,
              day,
              text: t('imported.from', { source: sourceName(source, t), values: text }),
              link,
            },
          ]
        : [];
    }),
  );
  const noteEvents = notes.map((n) => ({
    key: `note-${n.source}-${n.localDate}`,
    day: n.localDate,
    text: t('imported.note', { source: sourceName(n.source, t), text: n.text }),
    link: '/data/other-apps',
  }));
  return [...values, ...noteEvents];
}
