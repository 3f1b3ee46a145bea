import { addLocalDays } from '@spinekind/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkError, problemMessage } from '../../lib/api';
import { dayLabel, todayLocal } from '../../lib/dates';
import { localDay } from './api';
import { useWeekStats } from './log';
import { WeekChart } from './WeekChart';
import { weekView } from './week';

const midnight = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const dayOf = (iso: string) => localDay(Date.parse(iso));

/** Breaks this week: one-line summary, chart (breaks taken and longest sitting stretch) and its table. */
export function StatsSection({ standingDesk, enabled }: { standingDesk: boolean; enabled: boolean }) {
  const { t } = useTranslation();
  const today = todayLocal();
  const first = addLocalDays(today, -6);
  const { stats, local } = useWeekStats(midnight(first), midnight(addLocalDays(today, 1)));
  const view = useMemo(
    () => (stats.data ? weekView(stats.data, first, local, dayOf) : undefined),
    [stats.data, first, local],
  );
  const rows = view?.rows ?? [];
  const duration = (minutes: number | null | undefined) => {
    if (minutes === null || minutes === undefined) return t('breaks.notKnown');
    const h = Math.floor(minutes / 60);
    const m = Math.round(minutes % 60);
    return h > 0 ? t('breaks.hoursMinutes', { hours: h, minutes: m }) : t('breaks.minutes', { count: m });
  };
  const data = stats.data;
  // Offline without an answer yet (paused, or failed for want of a network): say when it will show.
  const offline =
    !data && ((stats.isPending && stats.fetchStatus === 'paused') || stats.error instanceof NetworkError);
  const recorded = view ? view.taken + view.snoozed + view.skipped > 0 : false;
  return (
    <section className="card stack" aria-labelledby="week-stats">
      <h2 id="week-stats">{t('breaks.stats')}</h2>
      {offline ? (
        <p className="muted">{t('breaks.statsOffline')}</p>
      ) : stats.isPending ? (
        <p className="muted">{t('breaks.statsLoading')}</p>
      ) : stats.isError ? (
        <p className="error">{problemMessage(stats.error, t)}</p>
      ) : (
        data &&
        view && (
          <>
            <p data-testid="break-stats-summary">
              {t('breaks.statsSummary', { taken: view.taken, snoozed: view.snoozed, skipped: view.skipped })}
              {/* Nothing to say until some work time has passed since reminders came on. */}
              {typeof data.longestSittingMinutes === 'number' &&
                data.longestSittingMinutes > 0 &&
                ` ${t('breaks.statsLongest', { duration: duration(data.longestSittingMinutes) })}`}
              {standingDesk &&
                typeof data.sitMinutes === 'number' &&
                typeof data.standMinutes === 'number' &&
                ` ${t('breaks.statsSitStand', { sit: duration(data.sitMinutes), stand: duration(data.standMinutes) })}`}
            </p>
            {!enabled && (
              <p className="muted" data-testid="break-stats-no-estimates">
                {t('breaks.statsNoEstimates')}
              </p>
            )}
            {view.waiting > 0 && (
              <p className="notice" data-testid="break-stats-waiting">
                {t('breaks.statsWaiting', { count: view.waiting })}
              </p>
            )}
            {!recorded && <p className="muted">{t('breaks.statsEmpty')}</p>}
            <figure className="chart-figure">
              <WeekChart days={rows} />
              <figcaption className="hint">{t('breaks.statsCaption')}</figcaption>
            </figure>
            <details className="table-toggle">
              <summary>{t('breaks.showTable')}</summary>
              <table className="data">
                <caption className="visually-hidden">{t('breaks.table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('breaks.date')}</th>
                    <th scope="col">{t('breaks.taken')}</th>
                    <th scope="col">{t('breaks.snoozedCol')}</th>
                    <th scope="col">{t('breaks.skippedCol')}</th>
                    <th scope="col">{t('breaks.longest')}</th>
                    {standingDesk && <th scope="col">{t('breaks.standMinutes')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.date}>
                      <th scope="row">{dayLabel(r.date, t)}</th>
                      <td>{r.taken}</td>
                      <td>{r.snoozed ?? t('breaks.notKnown')}</td>
                      <td>{r.skipped ?? t('breaks.notKnown')}</td>
                      <td>{duration(r.longestSittingMinutes)}</td>
                      {standingDesk && <td>{duration(r.standMinutes)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )
      )}
    </section>
  );
}
