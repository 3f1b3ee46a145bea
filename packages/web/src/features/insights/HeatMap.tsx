import type { TrendPoint } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { ChartSection, DataTable, fmt, shortDate, useWidth } from './parts';
import './charts.css';
import { formatDay } from '../../lib/format';

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
      const label = formatDay(`${key}-15`, 'month');
      month = { key, label, days: [] };
      months.set(key, month);
    }
    month.days[Number(p.date.slice(8, 10)) - 1] = p;
  }
  return [...months.values()];
}

const GAP = 2;
const MONTH_GAP = 12;
const LABEL_HEIGHT = 18;

/** Monday-first weekday (0–6) of a `YYYY-MM-DD` date. */
const weekday = (date: string) => (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;

/**
 * A calendar of daily pain: small month calendars (weeks as rows, Monday first), as many side by side as fit
 * with squares of at least 12 px, so a phone shows three months a row. Colour by step, never colour alone.
 */
function Grid({ months }: { months: Month[] }) {
  const { t } = useTranslation();
  const [ref, width] = useWidth<HTMLDivElement>();
  const perRow = Math.max(1, Math.min(6, Math.floor((width + MONTH_GAP) / (7 * 14 + MONTH_GAP))));
  const pitch = Math.min(22, Math.floor((width - (perRow - 1) * MONTH_GAP) / perRow / 7));
  const cell = pitch - GAP;
  const blockWidth = 7 * pitch;
  const blockHeight = LABEL_HEIGHT + 6 * pitch;
  const rows = Math.ceil(months.length / perRow);
  return (
    <div ref={ref} className="heat">
      {width > 0 && (
        <svg
          width={perRow * blockWidth + (perRow - 1) * MONTH_GAP}
          height={rows * (blockHeight + MONTH_GAP) - MONTH_GAP}
          role="img"
          aria-label={t('insights.heat.caption')}
          className="heat-svg"
        >
          {months.map((m, i) => {
            const x = (i % perRow) * (blockWidth + MONTH_GAP);
            const y = Math.floor(i / perRow) * (blockHeight + MONTH_GAP);
            const first = weekday(`${m.key}-01`);
            return (
              <g key={m.key} transform={`translate(${x} ${y})`}>
                <text x={0} y={13} className="heat-label">
                  {m.label}
                </text>
                {m.days.map((p, d) => {
                  if (!p) return null;
                  const slot = first + d;
                  return (
                    <rect
                      key={p.date}
                      x={(slot % 7) * pitch}
                      y={LABEL_HEIGHT + Math.floor(slot / 7) * pitch}
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
                  );
                })}
              </g>
            );
          })}
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
      table={() => (
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
      )}
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
