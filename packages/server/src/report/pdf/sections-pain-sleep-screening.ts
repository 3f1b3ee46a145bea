import type { ReportModel } from '../data.js';
import type { ReportWords } from '../i18n/index.js';
import { chartLegend, painChart } from './chart.js';
import {
  artifact,
  colour,
  contentWidth,
  type Doc,
  heading,
  left,
  para,
  sizeToFit,
  table,
  tag,
} from './draw.js';

/** Title, dates, and what kind of document this is. */
export function header(doc: Doc, m: ReportModel, w: ReportWords): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const title = w.t('header.title');
  // One line at 17 pt where it fits; a longer title in her language gets a little smaller first.
  doc.font('bold');
  const size = sizeToFit(doc, title, width, 17, 14);
  tag(doc, 'H1', () =>
    doc.font('bold').fontSize(size).fillColor(colour.primary).text(title, x, doc.y, { width }),
  );
  doc.y += 2;
  para(
    doc,
    w.t('header.meta', {
      from: w.date(m.from),
      to: w.date(m.to),
      logged: m.daysLogged,
      count: m.daysInRange,
      made: w.date(m.generatedOn),
    }),
    { color: colour.muted, size: 9.5 },
  );
  const y = doc.y + 3;
  const text = w.t('header.disclaimer');
  doc.font('regular').fontSize(8.5);
  const h = doc.heightOfString(text, { width: width - 16 }) + 10;
  artifact(doc, () => doc.rect(x, y, width, h).fillColor(colour.band).fill());
  tag(doc, 'P', () => doc.fillColor(colour.text).text(text, x + 8, y + 5, { width: width - 16, lineGap: 1 }));
  doc.y = y + h + 4;
  if (m.background.length) para(doc, w.t('header.aboutMe', { lines: m.background.join(' ') }), { size: 9 });
}

/** Pain chart and the numbers behind it. */
export function painSection(doc: Doc, m: ReportModel, w: ReportWords): void {
  heading(doc, w.t('pain.heading'));
  const x = left(doc);
  const width = contentWidth(doc);
  if (m.pain.days === 0) {
    para(doc, w.t('pain.none'));
    return;
  }
  const y = doc.y + 4;
  const numbers = { min: w.num(m.pain.min), max: w.num(m.pain.max), mean: w.num(m.pain.mean) };
  const days = w.t('days', { count: m.pain.days });
  const alt = w.t('pain.alt', {
    from: w.date(m.series[0]?.date ?? m.from),
    to: w.date(m.to),
    days,
    ...numbers,
  });
  tag(
    doc,
    'Figure',
    () => {
      painChart(doc, m, x, y, width, 132, w);
      chartLegend(doc, x + 22, y + 140, w);
    },
    { alt },
  );
  doc.y = y + 154;
  const summary = m.painWorst.days
    ? w.t('pain.summaryWithWorst', { ...numbers, days, worst: w.num(m.painWorst.mean) })
    : w.t('pain.summary', { ...numbers, days });
  para(doc, summary, { bold: true });
  if (m.trend.status !== 'insufficient_data') para(doc, w.t('pain.trend', { sentence: m.trend.sentence }));
}

/** Room for an area's name beside its bar; longer names wrap onto a second line. */
export const AREA_LABEL_WIDTH = 98;

/** Where it hurts (bars), the scores and kinds of pain under it. */
export function areaColumn(
  doc: Doc,
  m: Pick<ReportModel, 'bodyAreas' | 'areaScores' | 'painQualities'>,
  w: ReportWords,
  x: number,
  colW: number,
): void {
  heading(doc, w.t('areas.heading'), x, colW);
  const areas = m.bodyAreas.slice(0, 7);
  if (!areas.length) para(doc, w.t('areas.none'), { x, width: colW });
  const most = Math.max(1, ...areas.map((a) => a.days));
  for (const a of areas) {
    const y = doc.y;
    const barW = ((colW - 160) * a.days) / most;
    const days = w.t('days', { count: a.days });
    doc.font('regular').fontSize(9);
    const labelHeight = doc.heightOfString(a.label, { width: AREA_LABEL_WIDTH });
    // Read as "Lower back, centre: 170 days"; the bar only repeats the number.
    tag(
      doc,
      'P',
      () => {
        doc
          .font('regular')
          .fontSize(9)
          .fillColor(colour.text)
          .text(a.label, x, y, { width: AREA_LABEL_WIDTH });
        doc.fillColor(colour.muted).text(days, x + 104 + barW, y, { width: 56, lineBreak: false });
      },
      { actual: w.t('areas.read', { label: a.label, days }) },
    );
    artifact(doc, () =>
      doc
        .rect(x + 100, y + 1.5, Math.max(barW, 1.5), 8)
        .fillColor(colour.primary)
        .fill(),
    );
    doc.y = y + Math.max(13, labelHeight + 2);
  }
  if (m.areaScores.length) {
    const scores = m.areaScores
      .slice(0, 6)
      .map((a) =>
        w.t('areas.score', { label: a.label, mean: w.num(a.mean), days: w.t('days', { count: a.days }) }),
      );
    para(doc, w.t('areas.scores', { list: scores.join('; ') }), { x, width: colW });
  }
  if (m.painQualities.length) {
    const kinds = m.painQualities.map((q) =>
      w.t('areas.quality', { label: q.label, days: w.t('days', { count: q.days }) }),
    );
    para(doc, w.t('areas.qualities', { list: kinds.join('; ') }), { x, width: colW });
  }
}

/** Sleep, mood, hot flashes, weight and waist (table), and the yes/no nights under it. */
function measureColumn(doc: Doc, m: ReportModel, w: ReportWords, x: number, colW: number): void {
  heading(doc, w.t('measures.heading'), x, colW);
  if (!m.measures.length && !m.yesDays.length) para(doc, w.t('measures.none'), { x, width: colW });
  if (m.measures.length)
    table(
      doc,
      [
        { title: '', width: colW * 0.34 },
        { title: w.t('measures.average'), width: colW * 0.28 },
        { title: w.t('measures.range'), width: colW * 0.24 },
        { title: w.t('measures.days'), width: colW * 0.14, align: 'right' },
      ],
      m.measures.map((s) => ({
        cells: [
          s.label,
          `${w.num(s.summary.mean, s.decimals)} ${s.unit}`,
          `${w.num(s.summary.min, s.decimals)}–${w.num(s.summary.max, s.decimals)}`,
          String(s.summary.days),
        ],
      })),
      x,
    );
  for (const y of m.yesDays)
    para(doc, w.t('measures.nights', { label: y.label, yes: y.yes, answered: y.answered }), {
      x,
      width: colW,
      size: 9,
    });
}

/** Where it hurts beside sleep, mood and hot flashes: two columns, the taller one sets where the next starts. */
export function bodyAndSleep(doc: Doc, m: ReportModel, w: ReportWords): void {
  const x = left(doc);
  const colW = (contentWidth(doc) - 20) / 2;
  const top = doc.y;
  areaColumn(doc, m, w, x, colW);
  const leftBottom = doc.y;
  doc.y = top;
  measureColumn(doc, m, w, x + colW + 20, colW);
  doc.y = Math.max(doc.y, leftBottom) + 2;
  doc.x = x;
}

/** The safety section: bleeding that needed a check (first: the most pressing), then red-flag screenings. */
export function screeningSection(doc: Doc, m: ReportModel, w: ReportWords): void {
  heading(doc, w.t(m.bleedingChecks.length ? 'screening.headingWithBleeding' : 'screening.heading'));
  bleedingCheckLines(doc, m, w);
  screeningLines(doc, m, w);
}

/** Each bleeding run the app said should be checked, with whether I told it I booked an appointment. */
function bleedingCheckLines(doc: Doc, m: ReportModel, w: ReportWords): void {
  for (const c of m.bleedingChecks) {
    const line = c.bookedOn
      ? w.t('screening.booked', { sentence: c.sentence, date: w.date(c.bookedOn) })
      : w.t('screening.notBooked', { sentence: c.sentence });
    para(doc, line, { bold: true });
  }
  if (m.bleedingChecks.length)
    para(doc, w.t('screening.bleedingRules'), { size: 8, color: colour.muted, gap: 4 });
}

/** "I did it twice in this period. 1 ended with self-care advice; 1 gave the advice below." */
function screeningCount(m: ReportModel, w: ReportWords, flagged: number): string {
  const n = m.screenings.length;
  const done =
    n === 1 ? w.t('screening.once') : n === 2 ? w.t('screening.twice') : w.t('screening.times', { count: n });
  const selfCare = n - flagged;
  const outcome =
    n === 1
      ? w.t(flagged ? 'screening.onceFlagged' : 'screening.onceSelfCare')
      : flagged
        ? w.t('screening.manyFlagged', { selfCare, flagged })
        : w.t('screening.manySelfCare', { selfCare });
  return `${done} ${outcome}`;
}

/** Every red-flag screening with a result above self-care; self-care ones are counted. */
function screeningLines(doc: Doc, m: ReportModel, w: ReportWords): void {
  if (!m.screenings.length) {
    para(doc, w.t('screening.none'));
    return;
  }
  const flagged = m.screenings.filter((s) => s.urgent);
  para(doc, screeningCount(m, w, flagged.length));
  if (!flagged.length) return;
  const width = contentWidth(doc);
  const emergency = w.t('levels.emergency');
  table(
    doc,
    [
      { title: w.t('screening.date'), width: 78 },
      { title: w.t('screening.result'), width: 120 },
      { title: w.t('screening.because'), width: width - 198 },
    ],
    flagged.slice(-8).map((s) => ({
      cells: [w.date(s.date), s.level, s.reasons.join('; ') || '–'],
      strong: s.level === emergency,
    })),
  );
}
