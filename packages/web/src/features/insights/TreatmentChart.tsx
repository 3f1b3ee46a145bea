import { daysBetween, type TreatmentResult, type TrendPoint } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { ChartSection, DataTable, fmt, useWidth } from './parts';
import './charts.css';

const TOP = 12;
const BOTTOM = 24;
const LEFT = 28;
const HEIGHT = 200;

/** Daily pain around a treatment's start with the segmented fit: a line before, a line from the start. */
function Plot({ result, series }: { result: TreatmentResult; series: TrendPoint[] }) {
  const { t } = useTranslation();
  const [ref, width] = useWidth<HTMLDivElement>();
  const first = series[0]?.date ?? result.startDate;
  const days = Math.max(1, series.length - 1);
  const start = daysBetween(first, result.startDate);
  const x = (d: number) => LEFT + ((width - LEFT - 4) * d) / days;
  const y = (pain: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - Math.min(10, Math.max(0, pain)) / 10);
  const line = result.line;
  // Fitted pain at day d of the chart, t = d − start days from the start.
  const fitted = (d: number, after: boolean) => {
    if (!line) return 0;
    const tt = d - start;
    return after
      ? line.intercept + line.levelChange + (line.slopePerDay + line.slopeChangePerDay) * tt
      : line.intercept + line.slopePerDay * tt;
  };
  return (
    <div ref={ref} className="treatment-plot">
      {width > 0 && (
        <svg width={width} height={HEIGHT} aria-hidden="true">
          {[0, 5, 10].map((v) => (
            <g key={v}>
              <line x1={LEFT} x2={width} y1={y(v)} y2={y(v)} className="plot-grid" />
              <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="plot-text">
                {v}
              </text>
            </g>
          ))}
          {series.map((p, d) =>
            p.pain === null ? null : (
              <circle key={p.date} cx={x(d)} cy={y(p.pain)} r={2.5} className="plot-dot" />
            ),
          )}
          {line && start > 0 && (
            <line
              x1={x(0)}
              x2={x(start - 1)}
              y1={y(fitted(0, false))}
              y2={y(fitted(start - 1, false))}
              className="plot-fit"
            />
          )}
          {line && (
            <line
              x1={x(start)}
              x2={x(days)}
              y1={y(fitted(start, true))}
              y2={y(fitted(days, true))}
              className="plot-fit"
            />
          )}
          <line x1={x(start)} x2={x(start)} y1={TOP} y2={HEIGHT - BOTTOM} className="plot-change" />
          <text x={x(start) - 4} y={HEIGHT - 6} textAnchor="end" className="plot-text">
            {t('insights.treatments.before')}
          </text>
          <text x={x(start) + 4} y={HEIGHT - 6} className="plot-text">
            {t('insights.treatments.after')}
          </text>
        </svg>
      )}
    </div>
  );
}

function TreatmentCard({ result, series }: { result: TreatmentResult; series: TrendPoint[] }) {
  const { t } = useTranslation();
  const end = result.endDate ?? series.at(-1)?.date ?? result.startDate;
  const shown = series.filter((p) => p.date <= end);
  const change = (c: TreatmentResult['levelChange']) =>
    c ? `${c.effect > 0 ? '+' : ''}${fmt(c.effect)} (${fmt(c.ciLow)} to ${fmt(c.ciHigh)})` : '–';
  const id = `treatment-${result.treatmentId}`;
  return (
    <ChartSection
      id={id}
      level={3}
      title={result.name}
      caption={t('insights.treatments.caption', { name: result.name })}
      after={
        <>
          <p>{result.sentence}</p>
          <p className="notice">{result.warning}</p>
        </>
      }
      table={() => (
        <DataTable
          caption={t('insights.treatments.tableCaption', { name: result.name })}
          columns={['period', 'days', 'mean'].map((c) => t(`insights.treatments.${c}`))}
          rows={[
            {
              key: 'before',
              cells: [t('insights.treatments.before'), result.nBefore, fmt(result.meanBefore)],
            },
            { key: 'after', cells: [t('insights.treatments.after'), result.nAfter, fmt(result.meanAfter)] },
            { key: 'level', cells: [t('insights.treatments.level'), '', change(result.levelChange)] },
            { key: 'slope', cells: [t('insights.treatments.slope'), '', change(result.slopeChangePerMonth)] },
          ]}
        />
      )}
    >
      {result.startDate > (series[0]?.date ?? '') && shown.length > 1 ? (
        <Plot result={result} series={shown} />
      ) : null}
    </ChartSection>
  );
}

/** One before/after card per treatment. */
export function TreatmentCharts({
  treatments,
  series,
}: {
  treatments: TreatmentResult[];
  series: TrendPoint[];
}) {
  const { t } = useTranslation();
  if (!treatments.length) return null;
  return (
    <section className="stack" aria-labelledby="treatments-title">
      <h2 id="treatments-title">{t('insights.treatments.title')}</h2>
      {treatments.map((r) => (
        <TreatmentCard key={r.treatmentId} result={r} series={series} />
      ))}
    </section>
  );
}
