import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** A colour or size from the app's CSS custom properties (so charts follow the light and dark themes). */
export const cssVar = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/**
 * Draws a uPlot chart into `el` at its width, draws it again at the new width whenever the box changes
 * size, and answers the clean-up for the effect that drew it. `height` may depend on the width.
 */
export function drawChart(
  el: HTMLElement,
  options: Omit<uPlot.Options, 'width' | 'height'>,
  data: uPlot.AlignedData,
  height: number | ((width: number) => number),
): () => void {
  const heightAt = () => (typeof height === 'number' ? height : height(el.clientWidth));
  const plot = new uPlot({ ...options, width: el.clientWidth, height: heightAt() }, data, el);
  const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height: heightAt() }));
  resize.observe(el);
  return () => {
    resize.disconnect();
    plot.destroy();
  };
}
