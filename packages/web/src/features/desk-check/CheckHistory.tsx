import { useTranslation } from 'react-i18next';
import { dayLabel } from '../../lib/dates';
import { formatTime } from '../../lib/format';
import { localDay } from '../breaks/api';
import { ScoreChart } from '../questionnaires/ScoreChart';
import type { DeskCheck } from './api';

const timeOfDay = (iso: string) => formatTime(iso);

/** Every check's overall score: a trend chart with a one-line caption, and the same numbers as a table. */
export function CheckHistory({ checks }: { checks: DeskCheck[] }) {
  const { t } = useTranslation();
  const points = checks.map((c) => ({ date: localDay(Date.parse(c.createdAt)), total: c.score }));
  return (
    <section className="card stack" aria-labelledby="desk-history">
      <h2 id="desk-history">{t('deskCheck.history')}</h2>
      {checks.length === 0 ? (
        <p className="muted">{t('deskCheck.historyEmpty')}</p>
      ) : (
        <>
          {/* A trend needs checks on at least two days. */}
          {new Set(points.map((p) => p.date)).size > 1 && (
            <figure className="chart-figure">
              <ScoreChart points={points} max={100} />
              <figcaption className="hint">{t('deskCheck.chartCaption')}</figcaption>
            </figure>
          )}
          <table className="data" data-testid="desk-history">
            <caption className="visually-hidden">{t('deskCheck.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deskCheck.date')}</th>
                <th scope="col">{t('deskCheck.score')}</th>
                <th scope="col">{t('deskCheck.firstFix')}</th>
              </tr>
            </thead>
            <tbody>
              {[...checks].reverse().map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {dayLabel(localDay(Date.parse(c.createdAt)), t)}
                    <span className="muted"> {timeOfDay(c.createdAt)}</span>
                  </th>
                  <td>{c.score}</td>
                  <td>{c.topFixes[0] ?? t('deskCheck.nothingToFix')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
