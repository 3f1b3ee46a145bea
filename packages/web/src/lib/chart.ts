import type uPlot from 'uplot';

/** A colour or size from the app's CSS custom properties (so charts follow the light and dark themes). */
export const cssVar = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim();

type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

let library: Promise<typeof uPlot> | undefined;
/** uPlot, downloaded once (lib/uplot.ts); asked again after a failed download. */
function chartLibrary(): Promise<typeof uPlot> {
  library ??= import('./uplot').then(
    (m) => m.default,
    (err: unknown) => {
      library = undefined;
      throw err;
    },
  );
  return library;
}

/**
 * Draws a uPlot chart into `el` at its width, draws it again at the new width whenever the box changes
 * size, and answers the clean-up for the effect that drew it. `height` may depend on the width; `options`
 * may be made from the library (e.g. its bar paths). The library downloads with the first chart, so the box
 * keeps its size until then (`.chart` reserves it); a chart that could not be downloaded leaves the box
 * empty: every chart has its figures in a table beside it.
 */
export function drawChart(
  el: HTMLElement,
  options: ChartOptions | ((library: typeof uPlot) => ChartOptions),
  data: uPlot.AlignedData,
  height: number | ((width: number) => number),
): () => void {
  let gone = false;
  let plot: uPlot | undefined;
  let resize: ResizeObserver | undefined;
  const heightAt = () => (typeof height === 'number' ? height : height(el.clientWidth));
  chartLibrary().then(
    (UPlot) => {
      if (gone) return;
      const made = typeof options === 'function' ? options(UPlot) : options;
      const chart = new UPlot({ ...made, width: el.clientWidth, height: heightAt() }, data, el);
      plot = chart;
      resize = new ResizeObserver(() => chart.setSize({ width: el.clientWidth, height: heightAt() }));
      resize.observe(el);
    },
    (err: unknown) =>
      console.warn('A chart could not be downloaded; the table beside it has its figures.', err),
  );
  return () => {
    gone = true;
    resize?.disconnect();
    plot?.destroy();
  };
}
