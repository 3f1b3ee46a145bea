import type { TrendPoint } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { ChartSection, DataTable, fmt, shortDate, useWidth } from './parts';

/** Six steps of daily pain, from the rounded daily mean: 0, 1–2, 3–4, 5–6, 7–8, 9–10. */
export const HEAT_STEPS = ['0', '1–2', '3–4', '5–6', '7–8', '9–10'] as const;
export const heatStep = (pain: number) => Math.ceil(Math.round(pain) / 2);

interface Month {
  key: string;
  label: string;
  days: (TrendPoint | undefined)[];
}

function monthsOf(series: TrendPoint[]): Month[] {
  const months = new Map<string, Month>();
  for (const p of series) {
    const key = p.date.slice(0, 7);
    let month = months.get(key);
    if (!month) {
      const label = new Date(`${key}-15T12:00:00Z`).toLocaleDateString(undefined, {
        month: 'short',
        year: '2-digit',
        timeZone: 'UTC',
      });
      month = { key, label, days: [] };
      months.set(key, month);
    }
    month.days[Number(p.date.slice(8, 10)) - 1] = p;
  }
  return [...months.values()];
}

const LABEL = 52;
const GAP = 2;

/** A calendar of daily pain: one row per month, one square per day; colour by step, never colour alone. */
function Grid({ months }: { months: Month[] }) {
  const { t } = useTranslation();
  const [ref, width] = useWidth<HTMLDivElement>();
  const cell = Math.max(6, Math.min(18, Math.floor((width - LABEL) / 31) - GAP));
  const pitch = cell + GAP;
  const height = months.length * pitch + 18;
  return (
    <div ref={ref} className="heat">
      {width > 0 && (
        <svg
          width={LABEL + 31 * pitch}
          height={height}
          role="img"
          aria-label={t('insights.heat.caption')}
          className="heat-svg"
        >
          {[1, 10, 20, 31].map((d) => (
            <text
              key={d}
              x={LABEL + (d - 1) * pitch + cell / 2}
              y={11}
              className="heat-axis"
              textAnchor="middle"
            >
              {d}
            </text>
          ))}
          {months.map((m, row) => (
            <g key={m.key} transform={`translate(0 ${18 + row * pitch})`}>
              <text x={0} y={cell - 1} className="heat-label">
                {m.label}
              </text>
              {m.days.map((p, i) =>
                p ? (
                  <rect
                    key={p.date}
                    x={LABEL + i * pitch}
                    width={cell}
                    height={cell}
                    rx={2}
                    className={p.pain === null ? 'heat-empty' : `heat-${heatStep(p.pain)}`}
                  >
                    <title>
                      {p.pain === null
                        ? t('insights.heat.cellEmpty', { date: shortDate(p.date) })
                        : t('insights.heat.cell', { date: shortDate(p.date), pain: fmt(p.pain) })}
                    </title>
                  </rect>
                ) : null,
              )}
            </g>
          ))}
        </svg>
      )}
    </div>
  );
}

/** The calendar heat map with its legend and a table by month. */
export function HeatMap({ series }: { series: TrendPoint[] }) {
  const { t } = useTranslation();
  const months = monthsOf(series);
  return (
    <ChartSection
      id="calendar"
      title={t('insights.heat.title')}
      caption={t('insights.heat.caption')}
      table={
        <DataTable
          caption={t('insights.heat.tableCaption')}
          columns={['month', 'daysLogged', 'mean', 'lowest', 'highest'].map((c) => t(`insights.heat.${c}`))}
          rows={months.map((m) => {
            const pains = m.days.flatMap((p) => (p && p.pain !== null ? [p.pain] : []));
            const mean = pains.length ? pains.reduce((a, b) => a + b, 0) / pains.length : null;
            return {
              key: m.key,
              cells: [
                m.label,
                pains.length,
                fmt(mean),
                pains.length ? fmt(Math.min(...pains)) : '–',
                pains.length ? fmt(Math.max(...pains)) : '–',
              ],
            };
          })}
        />
      }
    >
      <Grid months={months} />
      <div className="heat-legend" aria-hidden="true">
        <span>{t('insights.heat.legend')}</span>
        {HEAT_STEPS.map((label, i) => (
          <span key={label} className="heat-key">
            <span className={`heat-swatch heat-${i}`} />
            {label}
          </span>
        ))}
        <span className="heat-key">
          <span className="heat-swatch heat-empty" />
          {t('insights.heat.notLogged')}
        </span>
      </div>
    </ChartSection>
  );
}
