import type { ReportModel } from '../data.js';
import { stageLabels } from '../labels.js';
import {
  colour,
  contentWidth,
  type Doc,
  ensureSpace,
  formatDate,
  heading,
  left,
  num,
  para,
  rule,
  table,
  tag,
  write,
} from './draw.js';

/** STRAW+10 estimate from the period log, with its basis, and the cycles behind it. */
export function cycleSection(doc: Doc, m: ReportModel): void {
  heading(doc, 'Cycle and menopause stage (estimate)');
  const { stage, periodsInRange, variability, bleedingHold } = m.cycle;
  // Bleeding after menopause is never read as periods returning (bleeding-check spec §6.4).
  if (bleedingHold && stage.stage !== 'postmenopause')
    para(doc, `STRAW+10 stage: not estimated for now. ${bleedingHold}`, { bold: true });
  else para(doc, `STRAW+10 stage: ${stageLabels[stage.stage]}. ${stage.basis}`, { bold: false });
  if (bleedingHold && stage.stage === 'postmenopause') para(doc, bleedingHold, { bold: true });
  const parts: string[] = [];
  // While that bleeding stands, the log's episodes are not called periods.
  const started = bleedingHold ? 'Bleeding started' : 'Periods started';
  // Her own account beside an empty log says both in one sentence; otherwise the log speaks alone.
  if (periodsInRange.length) parts.push(`${started}: ${periodsInRange.map(formatDate).join(', ')}.`);
  else if (!m.cycle.selfReport) parts.push('No period started in this period.');
  if (stage.daysSinceLastPeriod !== null && !bleedingHold)
    parts.push(`${stage.daysSinceLastPeriod} days since the last period ended.`);
  if (variability.cycles >= 2)
    parts.push(
      `Cycle length over the last year: mean ${num(variability.meanDays)} days, SD ${num(variability.sdDays)}, ` +
        `largest change between cycles ${variability.maxDifferenceDays} days (${variability.cycles} cycles).`,
    );
  if (m.cycle.selfReport) parts.push(m.cycle.selfReport);
  para(doc, parts.join(' '), { color: colour.muted });
}

/** Treatments she logged, current first. Doses are never recorded. */
export function treatmentSection(doc: Doc, m: ReportModel): void {
  heading(doc, 'Treatments and things I have tried');
  if (!m.treatments.length) {
    para(doc, 'None logged.');
    return;
  }
  const w = contentWidth(doc);
  table(
    doc,
    [
      { title: 'Name', width: w * 0.36 },
      { title: 'Kind', width: w * 0.2 },
      { title: 'From', width: w * 0.16 },
      { title: 'To', width: w * 0.28 },
    ],
    m.treatments.slice(0, 10).map((t) => ({
      cells: [t.name, t.kind, formatDate(t.startDate), t.current ? 'ongoing' : formatDate(t.endDate ?? '')],
    })),
  );
  para(doc, 'The app records that a treatment happened, never a dose.', { size: 8, color: colour.muted });
}

export function exerciseSection(doc: Doc, m: ReportModel): void {
  heading(doc, 'Exercise');
  const a = m.adherence;
  if (!a) {
    para(doc, 'No exercise sessions or plan logged in the app.');
    return;
  }
  const plan = a.plannedPerWeek === null ? 'no weekly plan set' : `my plan: ${a.plannedPerWeek} a week`;
  para(
    doc,
    `${num(a.perWeek)} sessions a week (${a.sessions} sessions over ${num(a.weeks)} weeks); ${plan}.`,
  );
}

export function questionnaireSection(doc: Doc, m: ReportModel): void {
  heading(doc, 'Questionnaires');
  if (!m.questionnaires.length) {
    para(doc, 'None completed in this period.');
    return;
  }
  const w = contentWidth(doc);
  table(
    doc,
    [
      { title: 'Questionnaire', width: w * 0.33 },
      { title: 'Times', width: w * 0.08, align: 'right' },
      { title: 'First', width: w * 0.18 },
      { title: 'Latest', width: w * 0.18 },
      { title: 'Range', width: w * 0.09 },
      { title: 'Latest band', width: w * 0.14 },
    ],
    m.questionnaires.map((q) => ({
      cells: [
        `${q.name} (0–${q.maxScore})`,
        String(q.count),
        `${q.first.total} on ${formatDate(q.first.date)}`,
        `${q.latest.total} on ${formatDate(q.latest.date)}`,
        `${q.low}–${q.high}`,
        q.latest.band,
      ],
    })),
  );
}

export function insightSection(doc: Doc, m: ReportModel): void {
  heading(doc, 'Patterns in my diary');
  if (!m.insights.length) {
    para(doc, 'No clear patterns yet: none passed the checks for chance findings.');
    return;
  }
  para(
    doc,
    'Associations only, each with its 95% range and number of days. "Likely" passed a false-discovery check across everything tested; "possible" did not quite.',
    { size: 8.5, color: colour.muted },
  );
  for (const i of m.insights) {
    ensureSpace(doc, 30);
    const x = left(doc);
    const y = doc.y;
    // One paragraph: "Likely" then the sentence, as it reads on paper.
    tag(doc, 'P', () => {
      doc
        .font('bold')
        .fontSize(9.5)
        .fillColor(colour.primary)
        .text(i.status === 'likely' ? 'Likely' : 'Possible', x, y, { width: 52 });
      doc.fontSize(9.5).fillColor(colour.text);
      write(doc, i.sentence, 'regular', x + 54, y, { width: contentWidth(doc) - 54, lineGap: 1.5 });
    });
    doc.y += 2;
  }
}

/** Her finished experiments, one line each; no section at all when she has none. */
export function experimentSection(doc: Doc, m: Pick<ReportModel, 'experiments'>): void {
  if (!m.experiments.length) return;
  heading(doc, 'My experiments');
  para(doc, 'Self-run randomized comparisons (n-of-1), each with its 95% range.', {
    size: 8.5,
    color: colour.muted,
  });
  for (const line of m.experiments) para(doc, line);
}

/** Her own questions, or ruled lines to write on. */
export function questionsSection(doc: Doc, m: Pick<ReportModel, 'doctorQuestions'>): void {
  const x = left(doc);
  const w = contentWidth(doc);
  // With no questions typed, three lines to write on (70 pt) stay under the heading.
  heading(doc, 'Questions for my doctor', x, w, m.doctorQuestions ? undefined : 70);
  if (m.doctorQuestions) {
    para(doc, m.doctorQuestions, { size: 10.5 });
    return;
  }
  for (let i = 0; i < 3; i++) {
    const y = doc.y + 20;
    rule(doc, x, y, w, 0.5);
    doc.y = y;
  }
  doc.y += 6;
}
