import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, localeOf } from '../../lib/format';
import { unitsOf } from '../checkins/form/state';
import { useProfile } from '../profile/api';
import { useDailyMetrics } from './api';
import { byDay, describeImportedDay } from './day-line';
import type { AppleImportResult } from './upload';

const RECENT_DAYS = 7;
/** Imports reach years back, so dates here carry the year. */
export const longDate = (day: string) => formatDay(day, 'weekdayDate');

/** What one import brought in: entries per kind, skipped entries, periods, and the latest days. */
export function ImportResult({ result }: { result: AppleImportResult }) {
  const { t } = useTranslation();
  const units = unitsOf(useProfile().data);
  const { summary } = result;
  const rows = Object.entries(result.imported).sort(([, a], [, b]) => b - a);
  const recent = useDailyMetrics(
    summary.to && summary.from ? latestFrom(summary.from, summary.to) : null,
    summary.to,
  );
  return (
    <section className="card stack" aria-labelledby="import-done" data-testid="import-result">
      <h2 id="import-done">{t('appleHealth.doneTitle')}</h2>
      <p>
        {summary.days > 0 && summary.from && summary.to
          ? t('appleHealth.doneDays', {
              count: summary.days,
              from: longDate(summary.from),
              to: longDate(summary.to),
            })
          : t('appleHealth.doneNothing')}
      </p>
      {summary.periods > 0 && <p>{t('appleHealth.periods', { count: summary.periods })}</p>}
      {summary.periodsAlreadyLogged > 0 && (
        <p>{t('appleHealth.periodsKept', { count: summary.periodsAlreadyLogged })}</p>
      )}
      {rows.length > 0 && (
        <table className="data">
          <caption>{t('appleHealth.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('appleHealth.kind')}</th>
              <th scope="col" className="num">
                {t('appleHealth.entries')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([type, count]) => (
              <tr key={type}>
                <th scope="row">{t(`appleHealth.types.${type}`, { defaultValue: type })}</th>
                <td className="num">{count.toLocaleString(localeOf(i18next.language))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.skipped > 0 && <p className="muted">{t('appleHealth.skipped', { count: result.skipped })}</p>}
      {recent.data && recent.data.length > 0 && (
        <div className="stack">
          <h3>{t('appleHealth.recentTitle')}</h3>
          <ul className="imported-days">
            {byDay(recent.data).map(([day, items]) => (
              <li key={day}>
                <b>{longDate(day)}</b>: {describeImportedDay(items, t, units)}
              </li>
            ))}
          </ul>
          <p className="hint">
            <Link to="/history">{t('appleHealth.recentHint')}</Link>
          </p>
        </div>
      )}
    </section>
  );
}

/** The first of the last RECENT_DAYS calendar days up to `to`, not before `from`. */
function latestFrom(from: string, to: string): string {
  const start = new Date(Date.parse(`${to}T00:00:00Z`) - (RECENT_DAYS - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return start < from ? from : start;
}
