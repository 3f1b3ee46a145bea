import { addLocalDays, daysBetween } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HISTORY_DAYS, lastDays } from '../../app/first-reads';
import { call } from '../../lib/api';
import { dayLabel, todayLocal } from '../../lib/dates';
import { formatDay, formatNumber, warmFormats } from '../../lib/format';
import type { LocalCheckin, LocalScreening } from '../../offline/db';
import { Button } from '../../ui/Button';
import { Page, ScreenPending } from '../../ui/Page';
import { TableToggle } from '../../ui/TableToggle';
import { useImportedDayEvents } from '../imports/history';
import { useSessionEvents } from '../move/history';
import { useScreenings } from '../screening/api';
import { ScreeningEntries } from '../screening/ScreeningEntries';
import { useCheckins } from './api';
import { dailyPain } from './daily';
import { EntryList } from './EntryList';
import { HistoryFilters } from './HistoryFilters';
import { checkinMatches, isFiltering, lineMatches, noFilter } from './history-filter';
import { PainChart } from './PainChart';
import { type DayEvent, useDayEvents } from './timeline';

function ChartCard({ items, today }: { items: readonly LocalCheckin[]; today: string }) {
  const { t } = useTranslation();
  const from = addLocalDays(today, -29);
  const days = useMemo(
    () =>
      dailyPain(
        items.filter((c) => c.localDate >= from),
        from,
        today,
      ),
    [items, from, today],
  );
  const recorded = days.filter((d) => d.mean !== null);
  const labels = useMemo(() => ({ mean: t('history.mean'), range: t('history.range') }), [t]);
  const summary = recorded.length
    ? t('history.summary', {
        days: recorded.length,
        mean: formatNumber(recorded.reduce((a, d) => a + (d.mean ?? 0), 0) / recorded.length),
        min: Math.min(...recorded.map((d) => d.min ?? 10)),
        max: Math.max(...recorded.map((d) => d.max ?? 0)),
      })
    : t('history.summaryNone');
  return (
    <section className="card" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('history.chartTitle')}</h2>
      <p className="hint">{t('history.chartCaption')}</p>
      <PainChart days={days} labels={labels} />
      <p data-testid="chart-summary">{summary}</p>
      <TableToggle summary={t('history.showTable')}>
        {() => (
          <table className="data">
            <caption className="visually-hidden">{t('history.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.date')}</th>
                <th scope="col">{t('history.mean')}</th>
                <th scope="col">{t('history.range')}</th>
              </tr>
            </thead>
            <tbody>
              {recorded.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{formatDay(d.day, 'weekday')}</th>
                  <td>{d.mean === null ? '' : formatNumber(d.mean)}</td>
                  <td>
                    {d.min}–{d.max}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableToggle>
    </section>
  );
}

/** The first day she has anything on record (null: nothing yet; undefined: not known, e.g. offline). */
function useFirstDay() {
  return useQuery({
    queryKey: ['history-span'],
    queryFn: async () => (await call('GET /history/span')).first,
    retry: false,
  }).data;
}

/** Days from `from` to `to`, both counted. */
const daysFrom = (from: string, to: string) => daysBetween(from, to) + 1;

/** History: the 30-day chart, then every day of check-ins and events, newest first, searchable. */
export function Component() {
  const { t } = useTranslation();
  const today = todayLocal();
  const [span, setSpan] = useState(HISTORY_DAYS);
  const [filter, setFilter] = useState(noFilter);
  const [jumpTo, setJumpTo] = useState<string | undefined>();
  const first = useFirstDay();
  useEffect(warmFormats, []);
  // A search looks through all her days, not only the recent ones on screen.
  const wanted = isFiltering(filter) && first ? Math.max(span, daysFrom(first, today)) : span;
  // The first view's window is asked early (app/first-reads.ts).
  const { from } = lastDays(wanted);
  const { items, loading: reading, refresh } = useCheckins(from, today);
  // Her days' first render (the chart and up to 90 days of entries) is the largest piece of work of the
  // visit: deferred, React does it in slices a slow phone can take taps and paints between.
  const sessions = useSessionEvents(from, today);
  const loading = useDeferredValue(reading || sessions.naming);
  const screenings = useScreenings();
  const events = useDayEvents();
  const sessionEvents = sessions.events;
  const importedEvents = useImportedDayEvents(from, today);
  // The day timeline: check-ins, safety checks, periods, treatment changes and questionnaires together.
  const byDay = useMemo(() => {
    type Day = { checkins: LocalCheckin[]; screenings: LocalScreening[]; events: DayEvent[] };
    const groups = new Map<string, Day>();
    const group = (day: string) => {
      const existing = groups.get(day);
      if (existing) return existing;
      const created: Day = { checkins: [], screenings: [], events: [] };
      groups.set(day, created);
      return created;
    };
    const area = (a: string) => t(`areas.${a}`);
    for (const c of items ?? []) if (checkinMatches(c, filter, area)) group(c.localDate).checkins.push(c);
    for (const s of screenings ?? []) {
      const words = t('screening.history', { level: t(`screening.level.${s.level}`) });
      if (s.localDate >= from && lineMatches('safety', words, filter)) group(s.localDate).screenings.push(s);
    }
    for (const e of [...events, ...sessionEvents, ...importedEvents])
      if (e.day >= from && e.day <= today && lineMatches('events', e.text, filter))
        group(e.day).events.push(e);
    return [...groups.entries()].sort(([a], [b]) => (a < b ? 1 : -1));
  }, [items, screenings, events, sessionEvents, importedEvents, from, today, filter, t]);

  // Jump to a date: load back to it, then bring that day (or the nearest earlier one shown) into view.
  useEffect(() => {
    if (!jumpTo || loading) return;
    const target = byDay.find(([day]) => day <= jumpTo)?.[0];
    const heading = target ? document.getElementById(`day-${target}`) : null;
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
    setJumpTo(undefined);
  }, [jumpTo, byDay, loading]);

  const hasEarlier = first === undefined ? true : first !== null && first < from;
  const filtering = isFiltering(filter);
  return (
    <Page title={t('history.title')}>
      {refresh.isError && <p className="card">{t('history.loadError')}</p>}
      {loading ? (
        <ScreenPending />
      ) : (
        <div className="stack">
          <ChartCard items={items ?? []} today={today} />
          <HistoryFilters
            filter={filter}
            onFilter={setFilter}
            today={today}
            onJump={(day) => {
              setSpan((s) => Math.max(s, daysFrom(day, today)));
              setJumpTo(day);
            }}
          />
          {filtering && (
            <p role="status" data-testid="history-matches">
              {t('history.filters.matches', { count: byDay.length })}
            </p>
          )}
          {byDay.length === 0 ? (
            <div className="card">
              {filtering ? (
                <>
                  <p>{t('history.filters.none')}</p>
                  <Button onClick={() => setFilter(noFilter)}>{t('history.filters.clear')}</Button>
                </>
              ) : (
                <>
                  <p>{t('history.empty')}</p>
                  <Link to="/">{t('history.startNow')}</Link>
                </>
              )}
            </div>
          ) : (
            byDay.map(([day, list]) => (
              <section key={day} className="day" aria-labelledby={`day-${day}`}>
                <h2 id={`day-${day}`} tabIndex={-1}>
                  {dayLabel(day, t)}
                </h2>
                {list.events.length > 0 && (
                  <ul className="timeline">
                    {list.events.map((e) => (
                      <li key={e.key}>
                        <Link to={e.link}>{e.text}</Link>
                      </li>
                    ))}
                  </ul>
                )}
                <ScreeningEntries items={list.screenings} />
                <EntryList items={list.checkins} />
              </section>
            ))
          )}
          {hasEarlier && !filtering && (
            <Button onClick={() => setSpan((s) => s + 90)}>{t('history.earlier')}</Button>
          )}
          {!hasEarlier && byDay.length > 0 && !filtering && <p className="muted">{t('history.allShown')}</p>}
        </div>
      )}
    </Page>
  );
}
