import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** Scores over time (uPlot). Decorative: the table beside it carries the same numbers. */
export function ScoreChart({ points, max }: { points: { date: string; total: number }[]; max: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || points.length === 0) return;
    const primary = css('--primary');
    const grid = { stroke: css('--border'), width: 1 };
    const axis = { stroke: css('--muted'), grid, ticks: grid };
    const plot = new uPlot(
      {
        width: el.clientWidth,
        height: 200,
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
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height: 200 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [points, max]);
  return <div ref={box} className="chart" aria-hidden="true" />;
}
