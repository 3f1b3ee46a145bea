import { type ReactNode, useState } from 'react';

/**
 * "Show as table" under a chart: a disclosure whose table is built the first time she opens it, and kept.
 * A closed `<details>` still costs its whole table (every row's dates and numbers written out, every cell
 * in the DOM): on Insights that was most of the screen's first render on a slow phone. Screen readers
 * reach a closed disclosure's content only once it is opened either way.
 */
export function TableToggle({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="table-toggle"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
