import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatNumber } from '../../lib/format';
import { TableToggle } from '../../ui/TableToggle';

/** One decimal, the way the page shows pain. */
export const fmt = (x: number | null | undefined, digits = 1) => (x == null ? '–' : formatNumber(x, digits));

/** "12 Mar 2026" for a `YYYY-MM-DD` date, on the calendar (no time-zone shift). */
export function shortDate(day: string, withYear = true): string {
  return formatDay(day, withYear ? 'date' : 'dayMonth');
}

/** The element's content width, kept current as it resizes (for charts drawn to the pixel). */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** A real table for a chart: a caption, column headers, and the first cell of each row as its header. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <div className="table-scroll">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) =>
                i === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns.
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns.
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A chart card: title, one-line caption, the chart (hidden from screen readers), and its table on request. */
export function ChartSection({
  id,
  title,
  caption,
  children,
  table,
  after,
  level = 2,
}: {
  level?: 2 | 3;
  id: string;
  title: string;
  caption: string;
  children: ReactNode;
  /** The chart's numbers as a table, built when she first opens it. */
  table: () => ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card insight-card" aria-labelledby={id} data-testid={id}>
      <Heading id={id}>{title}</Heading>
      <p className="hint">{caption}</p>
      {children}
      {after}
      <TableToggle summary={t('insights.showTable')}>{table}</TableToggle>
    </section>
  );
}
