import { useEffect, useRef } from 'react';
import { cssVar as css, drawChart } from '../../lib/chart';
import { formatDay } from '../../lib/format';

export interface WeekPoint {
  date: string;
  taken: number;
  longestSittingMinutes: number | null;
}

/** Breaks taken per day (bars) and the longest sitting stretch (line, right axis). Decorative: the table is its text twin. */
export function WeekChart({ days }: { days: WeekPoint[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || days.length === 0) return;
    const primary = css('--primary');
    const accent = css('--accent');
    const grid = { stroke: css('--border'), width: 1 };
    const axis = { stroke: css('--muted'), grid, ticks: grid };
    const hasSitting = days.some((d) => d.longestSittingMinutes !== null);
    // A little headroom above the tallest bar.
    const maxTaken = Math.max(4, ...days.map((d) => d.taken)) + 1;
    return drawChart(
      el,
      (uPlot) => ({
        scales: {
          x: { time: false, range: [-0.5, days.length - 0.5] },
          n: { range: [0, maxTaken] },
          min: { range: (_u, _lo, hi) => [0, Math.max(60, hi ?? 0)] },
        },
        axes: [
          {
            ...axis,
            splits: () => days.map((_d, i) => i),
            values: (_u, ticks) =>
              ticks.map((i) => {
                const day = days[i];
                return day ? formatDay(day.date, 'weekdayOnly') : '';
              }),
          },
          {
            ...axis,
            scale: 'n',
            values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')),
          },
          ...(hasSitting ? [{ ...axis, scale: 'min', side: 1, grid: { show: false } }] : []),
        ],
        series: [
          {},
          {
            label: 'Taken',
            scale: 'n',
            fill: `${primary}cc`,
            stroke: primary,
            width: 0,
            paths: uPlot.paths.bars?.({ size: [0.6, 48] }),
            points: { show: false },
          },
          ...(hasSitting
            ? [
                {
                  label: 'Longest sitting',
                  scale: 'min',
                  stroke: accent,
                  width: 3,
                  points: { show: true, size: 7, fill: accent },
                },
              ]
            : []),
        ],
        legend: { show: false },
        cursor: { show: false },
      }),
      [
        days.map((_d, i) => i),
        days.map((d) => d.taken),
        ...(hasSitting ? [days.map((d) => d.longestSittingMinutes)] : []),
      ],
      220,
    );
  }, [days]);
  return <div ref={box} className="chart chart-week" aria-hidden="true" />;
}
