import type { TrendResult } from '@spinekind/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import { cssVar as css, drawChart } from '../../lib/chart';
import { ChartSection, DataTable, fmt, shortDate } from './parts';
import './charts.css';
import { formatDay } from '../../lib/format';

type TrendPoint = Pick<TrendResult['series'][number], 'date' | 'pain' | 'mean7'> & { mean28?: number | null };

/** Daily pain as dots with the 7- and 28-day rolling means as lines (uPlot, canvas); the share page draws it too. */
export function TrendPlot({ series }: { series: readonly TrendPoint[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const height = () => (el.clientWidth < 500 ? 220 : 280);
    const data: uPlot.AlignedData = [
      series.map((p) => Date.parse(`${p.date}T12:00:00Z`) / 1000),
      series.map((p) => p.pain),
      series.map((p) => p.mean7),
      series.map((p) => p.mean28 ?? null),
    ];
    const muted = css('--muted');
    const grid = { stroke: css('--border'), width: 1 };
    const axis = { stroke: muted, grid, ticks: grid, font: '13px system-ui, sans-serif' };
    return drawChart(
      el,
      {
        scales: { x: { time: true }, y: { range: [0, 10] } },
        axes: [
          {
            ...axis,
            space: 70,
            values: (_u, ticks) =>
              ticks.map((t) =>
                formatDay(new Date(t * 1000).toISOString(), series.length > 200 ? 'month' : 'dayMonth'),
              ),
          },
          { ...axis, size: 36, splits: () => [0, 2, 4, 6, 8, 10] },
        ],
        series: [
          {},
          {
            stroke: 'transparent',
            points: {
              show: true,
              size: series.length > 200 ? 4 : 6,
              fill: css('--chart-dot'),
              stroke: 'transparent',
            },
          },
          { stroke: css('--accent'), width: 2, spanGaps: false, points: { show: false } },
          { stroke: css('--primary'), width: 3.5, spanGaps: false, points: { show: false } },
        ],
        legend: { show: false },
        cursor: { show: false },
      },
      data,
      height,
    );
  }, [series]);
  return <div ref={box} className="chart trend-chart" aria-hidden="true" />;
}

/** The pain trend: chart, key, the Theil–Sen/Mann–Kendall sentence, and the daily table. */
export function TrendChart({ trend }: { trend: TrendResult }) {
  const { t } = useTranslation();
  const logged = trend.series.filter((p) => p.pain !== null);
  return (
    <ChartSection
      id="trend"
      title={t('insights.trend.title')}
      caption={t('insights.trend.caption')}
      after={<p data-testid="trend-sentence">{trend.sentence}</p>}
      table={() => (
        <DataTable
          caption={t('insights.trend.tableCaption')}
          columns={[
            t('insights.trend.date'),
            t('insights.trend.daily'),
            t('insights.trend.mean7'),
            t('insights.trend.mean28'),
          ]}
          rows={logged.map((p) => ({
            key: p.date,
            cells: [shortDate(p.date), fmt(p.pain), fmt(p.mean7), fmt(p.mean28)],
          }))}
        />
      )}
    >
      <TrendPlot series={trend.series} />
      <ul className="chart-key" aria-hidden="true">
        <li>
          <span className="key-dot" /> {t('insights.trend.daily')}
        </li>
        <li>
          <span className="key-line key-mean7" /> {t('insights.trend.mean7')}
        </li>
        <li>
          <span className="key-line key-mean28" /> {t('insights.trend.mean28')}
        </li>
      </ul>
    </ChartSection>
  );
}
