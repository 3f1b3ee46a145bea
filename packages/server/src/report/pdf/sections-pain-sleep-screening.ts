import type { ReportModel } from '../data.js';
import { chartLegend, painChart } from './chart.js';
import {
  artifact,
  colour,
  contentWidth,
  type Doc,
  formatDate,
  heading,
  left,
  num,
  para,
  table,
  tag,
} from './draw.js';

/** Title, dates, and what kind of document this is. */
export function header(doc: Doc, m: ReportModel): void {
  const x = left(doc);
  const w = contentWidth(doc);
  tag(doc, 'H1', () =>
    doc
      .font('bold')
      .fontSize(17)
      .fillColor(colour.primary)
      .text('Back pain diary: summary for my doctor', x, doc.y, { width: w }),
  );
  doc.y += 2;
  para(
    doc,
    `${formatDate(m.from)} to ${formatDate(m.to)}  ·  ${m.daysLogged} of ${m.daysInRange} days logged  ·  made ${formatDate(m.generatedOn)}`,
    {
      color: colour.muted,
      size: 9.5,
    },
  );
  const y = doc.y + 3;
  const text =
    'Patient-kept diary, not a diagnosis. I kept these entries in the Spinekind app. The patterns are ' +
    'associations in my own data, shown with their uncertainty, not proof of cause.';
  doc.font('regular').fontSize(8.5);
  const h = doc.heightOfString(text, { width: w - 16 }) + 10;
  artifact(doc, () => doc.rect(x, y, w, h).fillColor(colour.band).fill());
  tag(doc, 'P', () => doc.fillColor(colour.text).text(text, x + 8, y + 5, { width: w - 16, lineGap: 1 }));
  doc.y = y + h + 4;
  if (m.background.length) para(doc, `About me, from my profile: ${m.background.join(' ')}`, { size: 9 });
}

/** Pain chart and the numbers behind it. */
export function painSection(doc: Doc, m: ReportModel): void {
  heading(doc, 'Pain over time');
  const x = left(doc);
  const w = contentWidth(doc);
  if (m.pain.days === 0) {
    para(doc, 'No pain scores were logged in this period.');
    return;
  }
  const y = doc.y + 4;
  const alt =
    `Chart of my daily mean pain, 0 to 10, from ${formatDate(m.series[0]?.date ?? m.from)} to ${formatDate(m.to)}, with its ` +
    `7-day average: ${m.pain.days} days, from ${num(m.pain.min)} to ${num(m.pain.max)}, average ${num(m.pain.mean)}.`;
  tag(
    doc,
    'Figure',
    () => {
      painChart(doc, m, x, y, w, 132);
      chartLegend(doc, x + 22, y + 140);
    },
    { alt },
  );
  doc.y = y + 154;
  const worst = m.painWorst.days ? `  ·  worst pain of the day averaged ${num(m.painWorst.mean)}` : '';
  para(
    doc,
    `Average pain ${num(m.pain.mean)} / 10 (daily means from ${num(m.pain.min)} to ${num(m.pain.max)}, ${m.pain.days} days)${worst}.`,
    {
      bold: true,
    },
  );
  if (m.trend.status !== 'insufficient_data') para(doc, `Trend: ${m.trend.sentence}`);
}

/** Where it hurts (bars) beside sleep, mood and hot flashes (table). */
export function bodyAndSleep(doc: Doc, m: ReportModel): void {
  const x = left(doc);
  const w = contentWidth(doc);
  const colW = (w - 20) / 2;
  const top = doc.y;
  heading(doc, 'Where it hurts', x, colW);
  const areas = m.bodyAreas.slice(0, 7);
  if (!areas.length) para(doc, 'No areas marked.', { x, width: colW });
  const most = Math.max(1, ...areas.map((a) => a.days));
  for (const a of areas) {
    const y = doc.y;
    const barW = ((colW - 160) * a.days) / most;
    const days = `${a.days} ${a.days === 1 ? 'day' : 'days'}`;
    // Read as "Lower back, centre: 170 days"; the bar only repeats the number.
    tag(
      doc,
      'P',
      () => {
        doc
          .font('regular')
          .fontSize(9)
          .fillColor(colour.text)
          .text(a.label, x, y, { width: 98, lineBreak: false });
        doc.fillColor(colour.muted).text(days, x + 104 + barW, y, { width: 56, lineBreak: false });
      },
      { actual: `${a.label}: ${days}` },
    );
    artifact(doc, () =>
      doc
        .rect(x + 100, y + 1.5, Math.max(barW, 1.5), 8)
        .fillColor(colour.primary)
        .fill(),
    );
    doc.y = y + 13;
  }
  if (m.areaScores.length) {
    const scores = m.areaScores
      .slice(0, 6)
      .map((a) => `${a.label} ${num(a.mean, 1)} (${a.days} ${a.days === 1 ? 'day' : 'days'})`);
    para(doc, `Average score by area: ${scores.join('; ')}.`, { x, width: colW });
  }
  if (m.painQualities.length) {
    const kinds = m.painQualities.map((q) => `${q.label} ${q.days} ${q.days === 1 ? 'day' : 'days'}`);
    para(doc, `How it felt: ${kinds.join('; ')}.`, { x, width: colW });
  }
  const leftBottom = doc.y;

  const x2 = x + colW + 20;
  doc.y = top;
  heading(doc, 'Sleep, mood and hot flashes', x2, colW);
  if (!m.measures.length && !m.yesDays.length) para(doc, 'Not logged.', { x: x2, width: colW });
  if (m.measures.length)
    table(
      doc,
      [
        { title: '', width: colW * 0.36 },
        { title: 'Average', width: colW * 0.3 },
        { title: 'Range', width: colW * 0.18 },
        { title: 'Days', width: colW * 0.16, align: 'right' },
      ],
      m.measures.map((s) => ({
        cells: [
          s.label,
          `${num(s.summary.mean, s.decimals)} ${s.unit}`,
          `${num(s.summary.min, s.decimals)}–${num(s.summary.max, s.decimals)}`,
          String(s.summary.days),
        ],
      })),
      x2,
    );
  for (const y of m.yesDays)
    para(doc, `${y.label}: ${y.yes} of ${y.answered} nights logged`, { x: x2, width: colW, size: 9 });
  doc.y = Math.max(doc.y, leftBottom) + 2;
  doc.x = x;
}

/** The safety section: bleeding that needed a check (first: the most pressing), then red-flag screenings. */
export function screeningSection(doc: Doc, m: ReportModel): void {
  heading(doc, m.bleedingChecks.length ? 'Red-flag screening and bleeding checks' : 'Red-flag screening');
  bleedingCheckLines(doc, m);
  screeningLines(doc, m);
}

/** Each bleeding run the app said should be checked, with whether I told it I booked an appointment. */
function bleedingCheckLines(doc: Doc, m: ReportModel): void {
  for (const c of m.bleedingChecks) {
    const booked = c.bookedOn
      ? ` I told the app on ${formatDate(c.bookedOn)} that I have booked an appointment.`
      : ' I have not told the app that I booked one.';
    para(doc, c.sentence + booked, { bold: true });
  }
  if (m.bleedingChecks.length)
    para(
      doc,
      'Checked by the app’s bleeding rules (NICE NG12; British Menopause Society 2024), not a diagnosis.',
      {
        size: 8,
        color: colour.muted,
        gap: 4,
      },
    );
}

/** Every red-flag screening with a result above self-care; self-care ones are counted. */
function screeningLines(doc: Doc, m: ReportModel): void {
  if (!m.screenings.length) {
    para(doc, 'No red-flag screening was done in this period.');
    return;
  }
  const flagged = m.screenings.filter((s) => s.urgent);
  const selfCare = m.screenings.length - flagged.length;
  const n = m.screenings.length;
  const times = n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
  const outcome =
    n === 1
      ? flagged.length
        ? 'It gave the advice below.'
        : 'It ended with self-care advice.'
      : `${selfCare} ended with self-care advice${flagged.length ? `; ${flagged.length} gave the advice below` : ''}.`;
  para(doc, `I did the red-flag screening ${times} in this period. ${outcome}`);
  if (!flagged.length) return;
  const w = contentWidth(doc);
  table(
    doc,
    [
      { title: 'Date', width: 78 },
      { title: 'Result', width: 120 },
      { title: 'Because I answered yes to', width: w - 198 },
    ],
    flagged.slice(-8).map((s) => ({
      cells: [formatDate(s.date), s.level, s.reasons.join('; ') || '–'],
      strong: s.level.startsWith('Emergency'),
    })),
  );
}
