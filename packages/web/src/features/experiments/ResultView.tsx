import type { AnswerOf } from '@spinekind/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import { cssVar as css, drawChart } from '../../lib/chart';
import { formatDay } from '../../lib/format';
import { ChartSection, DataTable, fmt, shortDate } from '../insights/parts';
import '../insights/charts.css';

type Result = AnswerOf<'GET /experiments/:id/result'>;
type Day = Result['days'][number];

const valueOn = (d: Day, condition: Day['condition']) =>
  d.counted && d.condition === condition ? d.value : null;

/** Counted days as dots: filled for "try it", hollow rings for "as usual" (shape, not colour alone). */
function Plot({ days }: { days: Day[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const height = () => (el.clientWidth < 500 ? 200 : 260);
    const data: uPlot.AlignedData = [
      days.map((d) => Date.parse(`${d.date}T12:00:00Z`) / 1000),
      days.map((d) => valueOn(d, 'intervention')),
      days.map((d) => valueOn(d, 'control')),
    ];
    const grid = { stroke: css('--border'), width: 1 };
    const axis = { stroke: css('--muted'), grid, ticks: grid, font: '13px system-ui, sans-serif' };
    const dots = (fill: string, stroke: string) => ({
      stroke: 'transparent',
      points: { show: true, size: 9, width: 2, fill, stroke },
    });
    return drawChart(
      el,
      {
        scales: { x: { time: true }, y: { range: [0, 10] } },
        axes: [
          {
            ...axis,
            space: 70,
            values: (_u, ticks) => ticks.map((t) => formatDay(new Date(t * 1000).toISOString(), 'dayMonth')),
          },
          { ...axis, size: 36, splits: () => [0, 2, 4, 6, 8, 10] },
        ],
        series: [
          {},
          dots(css('--primary'), css('--primary')),
          dots(css('--surface') || 'white', css('--accent')),
        ],
        legend: { show: false },
        cursor: { show: false },
      },
      data,
      height,
    );
  }, [days]);
  return <div ref={box} className="chart" aria-hidden="true" />;
}

const percent = (p: number | null) => (p === null ? '–' : `${Math.round(p * 100)}%`);

/** The result: verdict and sentence, the numbers, the chart of daily outcomes and its table. */
export function ResultView({ id, result }: { id: string; result: Result }) {
  const { t } = useTranslation();
  const yesNo = (b: boolean | null) =>
    b === null
      ? t('experiments.result.notAnswered')
      : b
        ? t('experiments.result.yes')
        : t('experiments.result.no');
  return (
    <div className="stack experiment-result" data-testid="experiment-result">
      <h3>{result.status === 'interim' ? t('experiments.result.interim') : t('experiments.result.final')}</h3>
      <p className={`verdict verdict-${result.verdict.replace(/ /g, '-')}`}>
        {t(`experiments.verdict.${result.verdict}`)}
      </p>
      <p>{result.sentence}</p>
      <dl className="result-numbers">
        <dt>{t('experiments.result.effect')}</dt>
        <dd>{fmt(result.effect)}</dd>
        <dt>{t('experiments.result.interval')}</dt>
        <dd>{result.ciLow === null ? '–' : `${fmt(result.ciLow)} to ${fmt(result.ciHigh)}`}</dd>
        <dt>{t('experiments.result.benefit', { threshold: Math.abs(result.threshold) })}</dt>
        <dd>{percent(result.probabilityBenefit)}</dd>
        <dt>{t('experiments.result.counted')}</dt>
        <dd>{result.daysCounted}</dd>
        <dt>{t('experiments.result.missing')}</dt>
        <dd>{result.daysMissing}</dd>
        <dt>{t('experiments.result.adherence')}</dt>
        <dd>{percent(result.adherenceRate)}</dd>
      </dl>
      <ChartSection
        level={3}
        id={`experiment-chart-${id}`}
        title={t('experiments.result.chart')}
        caption={t('experiments.result.chartCaption')}
        table={() => (
          <DataTable
            caption={t('experiments.result.table')}
            columns={[
              t('experiments.result.date'),
              t('experiments.result.conditionCol'),
              t('experiments.result.value'),
              t('experiments.result.followed'),
              t('experiments.result.countedCol'),
            ]}
            rows={result.days.map((d) => ({
              key: d.date,
              cells: [
                shortDate(d.date, false),
                `${t(`experiments.condition.${d.condition}`)}${d.washout ? ` (${t('experiments.result.settling')})` : ''}`,
                fmt(d.value),
                yesNo(d.followed),
                yesNo(d.counted),
              ],
            }))}
          />
        )}
      >
        <Plot days={result.days} />
        <ul className="chart-key" aria-hidden="true">
          <li>
            <span className="key-dot key-intervention" /> {t('experiments.condition.intervention')}
          </li>
          <li>
            <span className="key-dot key-control" /> {t('experiments.condition.control')}
          </li>
        </ul>
      </ChartSection>
      <details>
        <summary>{t('experiments.result.model')}</summary>
        <p>{t('experiments.result.modelText')}</p>
        <p className="hint">{result.model}</p>
      </details>
    </div>
  );
}
