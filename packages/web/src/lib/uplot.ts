// The chart library and its stylesheet, a chunk of their own that lib/chart.ts downloads when a chart is first
// drawn, so a screen's words and numbers do not wait for ~21 KB of charting code.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export default uPlot;
