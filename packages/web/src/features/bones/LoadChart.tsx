import type { HistoryWeek } from '@spinekind/core';
import { useEffect, useRef } from 'react';
import { cssVar as css, drawChart } from '../../lib/chart';

const WEEK = 7 * 86_400;

/**
 * The best set per week (uPlot): kilograms when she lifted a weight, else repetitions. Decorative: the
 * weeks table below carries the same numbers.
 */
export function LoadChart({ weeks }: { weeks: readonly HistoryWeek[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || weeks.length === 0) return;
    const kg = weeks.some((w) => (w.best.loadKg ?? 0) > 0);
    const value = (w: HistoryWeek) => (kg ? (w.best.loadKg ?? 0) : (w.best.reps ?? 0));
    const xs = weeks.map((w) => Date.parse(`${w.weekStart}T12:00:00Z`) / 1000);
    const primary = css('--primary');
    const grid = { stroke: css('--border'), width: 1 };
    const axis = { stroke: css('--muted'), grid, ticks: grid };
    return drawChart(
      el,
      {
        // A week or two either side, so one or two weeks of data do not stretch over years.
        scales: {
          x: { time: true, auto: false, range: [Math.min(...xs) - WEEK, Math.max(...xs) + WEEK] },
          y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.2)] },
        },
        axes: [axis, { ...axis, label: kg ? 'kg' : 'reps' }],
        series: [{}, { stroke: primary, width: 3, points: { show: true, size: 8, fill: primary } }],
        legend: { show: false },
        cursor: { show: false },
      },
      [xs, weeks.map(value)],
      200,
    );
  }, [weeks]);
  return <div ref={box} className="chart" aria-hidden="true" data-testid="load-chart" />;
}
