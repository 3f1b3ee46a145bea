import type { ReportModel } from '../data.js';
import type { ReportWords } from '../i18n/index.js';
import { colour, type Doc, sizeToFit } from './draw.js';

/**
 * Daily mean pain (dots) and its 7-day rolling mean (line), 0–10, drawn as vector paths so it stays sharp
 * when printed. Days without a check-in leave a gap in the line rather than a guess.
 */
export function painChart(
  doc: Doc,
  model: ReportModel,
  x: number,
  y: number,
  width: number,
  height: number,
  w: ReportWords,
): void {
  const axisW = 22;
  const axisH = 14;
  const plotX = x + axisW;
  const plotW = width - axisW;
  const plotH = height - axisH;
  const n = model.series.length;
  const px = (i: number) => plotX + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const py = (v: number) => y + plotH - (v / 10) * plotH;

  doc.save();
  doc.font('regular').fontSize(7.5).fillColor(colour.muted);
  for (const v of [0, 2, 4, 6, 8, 10]) {
    doc
      .moveTo(plotX, py(v))
      .lineTo(plotX + plotW, py(v))
      .lineWidth(v === 0 ? 0.8 : 0.4);
    doc.strokeColor(v === 0 ? colour.muted : colour.rule).stroke();
    doc.text(String(v), x, py(v) - 3.5, { width: axisW - 5, align: 'right', lineBreak: false });
  }

  // Month starts along the bottom (every week for short ranges); labels thinned so they never touch.
  const short = n <= 45;
  const ticks = model.series.flatMap((p, i) => ((short ? i % 7 === 0 : p.date.endsWith('-01')) ? [i] : []));
  const gap = ticks.length > 1 ? px(ticks[1] as number) - px(ticks[0] as number) : plotW;
  const every = Math.max(1, Math.ceil(44 / gap));
  ticks.forEach((i, k) => {
    const date = model.series[i]?.date ?? '';
    doc
      .moveTo(px(i), y + plotH)
      .lineTo(px(i), y + plotH + 3)
      .lineWidth(0.6)
      .strokeColor(colour.muted)
      .stroke();
    if (k % every !== 0) return;
    // "Sept. 2026" is wider than "Sep 2026": a label shrinks a little rather than run into the next.
    const label = short ? w.shortDate(date) : w.monthLabel(date);
    sizeToFit(doc, label, 42, 7.5, 6);
    doc.text(label, px(i) - 21, y + plotH + 4, { width: 42, align: 'center', lineBreak: false });
  });

  const r = n > 120 ? 1.1 : 1.6;
  model.series.forEach((p, i) => {
    if (p.pain !== null) doc.circle(px(i), py(p.pain), r).fillColor('#8fa3a0').fill();
  });

  doc.lineWidth(2).strokeColor(colour.primary).lineJoin('round').lineCap('round');
  let drawing = false;
  model.series.forEach((p, i) => {
    if (p.mean7 === null) {
      if (drawing) doc.stroke();
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(px(i), py(p.mean7));
    else doc.moveTo(px(i), py(p.mean7));
    drawing = true;
  });
  if (drawing) doc.stroke();
  doc.restore();
}

/** The key under the chart: the second entry starts after the first, however long it is in her language. */
export function chartLegend(doc: Doc, x: number, y: number, w: ReportWords): void {
  doc.save();
  doc
    .circle(x + 4, y + 4, 1.8)
    .fillColor('#8fa3a0')
    .fill();
  doc
    .font('regular')
    .fontSize(8)
    .fillColor(colour.muted)
    .text(w.t('pain.legendDaily'), x + 10, y, { lineBreak: false });
  const x2 = x + 10 + doc.widthOfString(w.t('pain.legendDaily')) + 24;
  doc
    .moveTo(x2, y + 4)
    .lineTo(x2 + 16, y + 4)
    .lineWidth(2)
    .strokeColor(colour.primary)
    .stroke();
  doc.text(w.t('pain.legendAverage'), x2 + 21, y, { lineBreak: false });
  doc.restore();
}
