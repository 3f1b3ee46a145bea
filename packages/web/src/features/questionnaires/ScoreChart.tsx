import { useEffect, useRef } from 'react';
import { cssVar as css, drawChart } from '../../lib/chart';

/** Scores over time (uPlot). Decorative: the table beside it carries the same numbers. */
export function ScoreChart({ points, max }: { points: { date: string; total: number }[]; max: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || points.length === 0) return;
    const primary = css('--primary');
    const grid = { stroke: css('--border'), width: 1 };
    const axis = { stroke: css('--muted'), grid, ticks: grid };
    return drawChart(
      el,
      {
        scales: { x: { time: true }, y: { range: [0, max] } },
        axes: [axis, axis],
        series: [
          {},
          { label: 'Score', stroke: primary, width: 3, points: { show: true, size: 8, fill: primary } },
        ],
        legend: { show: false },
        cursor: { show: false },
      },
      [points.map((p) => Date.parse(`${p.date}T12:00:00Z`) / 1000), points.map((p) => p.total)],
      200,
    );
  }, [points, max]);
  return <div ref={box} className="chart" aria-hidden="true" />;
}
