import { instrumentIds } from '@spinekind/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { sourceName } from '../imports/source-name';

/** One line in a day of History besides check-ins and safety checks. */
export interface DayEvent {
  key: string;
  day: string;
  text: string;
  link: string;
}

/** Period starts and ends, treatment starts and stops, and questionnaires, as dated events for History. */
export function useDayEvents(): DayEvent[] {
  const { t } = useTranslation();
  const periods = useQuery({
    queryKey: ['periods'],
    queryFn: async () => (await call('GET /periods')).items,
    retry: false,
  });
  const treatments = useQuery({
    queryKey: ['treatments'],
    queryFn: async () => (await call('GET /treatments')).items,
    retry: false,
  });
  const responses = useQueries({
    queries: instrumentIds.map((id) => ({
      queryKey: ['responses', id],
      queryFn: async () => (await call('GET /instruments/:id/responses', { params: { id } })).items,
      retry: false,
    })),
  });
  const events: DayEvent[] = [];
  for (const p of periods.data ?? []) {
    // A period brought in from another app says so: "Period started · Imported from Clue".
    const from = p.source ? ` · ${t('entry.importedFrom', { source: sourceName(p.source, t) })}` : '';
    const line = (key: string, day: string, text: string) => ({
      key,
      day,
      text: text + from,
      link: '/cycle',
    });
    events.push(line(`p-${p.id}`, p.startDate, t('timeline.periodStart')));
    if (p.endDate) events.push(line(`pe-${p.id}`, p.endDate, t('timeline.periodEnd')));
  }
  for (const tr of treatments.data ?? []) {
    events.push({
      key: `t-${tr.id}`,
      day: tr.startDate,
      text: t('timeline.treatmentStart', { name: tr.name }),
      link: '/treatments',
    });
    if (tr.endDate)
      events.push({
        key: `te-${tr.id}`,
        day: tr.endDate,
        text: t('timeline.treatmentStop', { name: tr.name }),
        link: '/treatments',
      });
  }
  for (const r of responses.flatMap((q) => q.data ?? [])) {
    events.push({
      key: `r-${r.id}`,
      day: r.localDate,
      text: t('timeline.questionnaire', {
        name: r.instrument.toUpperCase(),
        score: r.score.total,
        band: r.band.label,
      }),
      link: `/questionnaires/${r.instrument}`,
    });
  }
  return events;
}
