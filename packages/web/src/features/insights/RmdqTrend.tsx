import { rmdq } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { useResponses } from '../questionnaires/api';
import { ScoreChart } from '../questionnaires/ScoreChart';
import { ChartSection, DataTable, shortDate } from './parts';

/** Her RMDQ scores over time (0–24, lower is better), with the change since her first. */
export function RmdqTrend() {
  const { t } = useTranslation();
  const responses = useResponses(rmdq.id).data ?? [];
  if (responses.length === 0) return null;
  const points = responses.map((r) => ({ date: r.localDate, total: r.score.total }));
  const first = points[0] as { date: string; total: number };
  const latest = points[points.length - 1] as { date: string; total: number };
  return (
    <ChartSection
      id="rmdq-trend"
      title={t('insights.rmdq.title')}
      caption={t('insights.rmdq.caption', { max: rmdq.maxScore })}
      after={
        <p data-testid="rmdq-sentence">
          {t('insights.rmdq.latest', {
            score: latest.total,
            max: rmdq.maxScore,
            date: shortDate(latest.date),
          })}{' '}
          {points.length > 1 &&
            t('insights.rmdq.change', {
              count: points.length,
              change: latest.total - first.total,
              date: shortDate(first.date),
            })}{' '}
          {t('insights.rmdq.meaningful')}
        </p>
      }
      table={() => (
        <DataTable
          caption={t('insights.rmdq.table')}
          columns={[t('insights.trend.date'), t('insights.rmdq.score')]}
          rows={points.map((p, i) => ({ key: `${p.date}-${i}`, cells: [shortDate(p.date), p.total] }))}
        />
      )}
    >
      {points.length > 1 && <ScoreChart points={points} max={rmdq.maxScore} />}
    </ChartSection>
  );
}
