import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import { cssVar as css, drawChart } from '../../lib/chart';
import { formatDay } from '../../lib/format';
import type { DayPain } from './daily';

/** Daily mean pain as a line with the day's lowest–highest as a band (uPlot). Decorative: the table is the text twin. */
export function PainChart({ days, labels }: { days: DayPain[]; labels: { mean: string; range: string } }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = days.map((d) => Date.parse(`${d.day}T12:00:00Z`) / 1000);
    const data: uPlot.AlignedData = [
      xs,
      days.map((d) => d.max),
      days.map((d) => d.min),
      days.map((d) => d.mean),
    ];
    const primary = css('--primary');
    const muted = css('--muted');
    const grid = { stroke: css('--border'), width: 1 };
    const axis = { stroke: muted, grid, ticks: grid };
    return drawChart(
      el,
      {
        scales: { x: { time: true }, y: { range: [0, 10] } },
        axes: [
          {
            ...axis,
            values: (_u, ticks) => ticks.map((t) => formatDay(new Date(t * 1000).toISOString(), 'dayMonth')),
          },
          { ...axis, splits: () => [0, 2, 4, 6, 8, 10] },
        ],
        series: [
          {},
          { label: `${labels.range} (max)`, stroke: 'transparent', points: { show: false } },
          { label: `${labels.range} (min)`, stroke: 'transparent', points: { show: false } },
          {
            label: labels.mean,
            stroke: primary,
            width: 3,
            spanGaps: false,
            points: { show: true, size: 7, fill: primary },
          },
        ],
        bands: [{ series: [1, 2], fill: `${primary}33` }],
        legend: { show: false },
        cursor: { show: false },
      },
      data,
      240,
    );
  }, [days, labels]);
  return <div ref={box} className="chart" aria-hidden="true" />;
}
