import type { ReportModel } from '../data.js';
import type { ReportWords } from '../i18n/index.js';
import {
  colour,
  contentWidth,
  type Doc,
  ensureSpace,
  heading,
  left,
  para,
  rule,
  table,
  tag,
  write,
} from './draw.js';

/** STRAW+10 estimate from the period log, with its basis, and the cycles behind it. */
export function cycleSection(doc: Doc, m: ReportModel, w: ReportWords): void {
  heading(doc, w.t('cycle.heading'));
  const { stage, periodsInRange, variability, bleedingHold } = m.cycle;
  // Bleeding after menopause is never read as periods returning (bleeding-check spec §6.4).
  if (bleedingHold && stage.stage !== 'postmenopause')
    para(doc, w.t('cycle.held', { hold: bleedingHold }), { bold: true });
  else para(doc, w.t('cycle.stage', { stage: w.t(`stages.${stage.stage}`), basis: stage.basis }));
  if (bleedingHold && stage.stage === 'postmenopause') para(doc, bleedingHold, { bold: true });
  const parts: string[] = [];
  // While that bleeding stands, the log's episodes are not called periods.
  const dates = periodsInRange.map(w.date).join(', ');
  // Her own account beside an empty log says both in one sentence; otherwise the log speaks alone.
  if (periodsInRange.length)
    parts.push(w.t(bleedingHold ? 'cycle.bleedingStarted' : 'cycle.periodsStarted', { dates }));
  else if (!m.cycle.selfReport) parts.push(w.t('cycle.noPeriod'));
  if (stage.daysSinceLastPeriod !== null && !bleedingHold)
    parts.push(w.t('cycle.sinceLast', { count: stage.daysSinceLastPeriod }));
  if (variability.cycles >= 2)
    parts.push(
      w.t('cycle.variability', {
        mean: w.num(variability.meanDays),
        sd: w.num(variability.sdDays),
        max: w.num(variability.maxDifferenceDays, 0),
        cycles: variability.cycles,
      }),
    );
  if (m.cycle.selfReport) parts.push(m.cycle.selfReport);
  para(doc, parts.join(' '), { color: colour.muted });
}

/** Treatments she logged, current first. Doses are never recorded. */
export function treatmentSection(doc: Doc, m: ReportModel, w: ReportWords): void {
  heading(doc, w.t('treatments.heading'));
  if (!m.treatments.length) {
    para(doc, w.t('treatments.none'));
    return;
  }
  const width = contentWidth(doc);
  table(
    doc,
    [
      { title: w.t('treatments.name'), width: width * 0.36 },
      { title: w.t('treatments.kind'), width: width * 0.2 },
      { title: w.t('treatments.from'), width: width * 0.16 },
      { title: w.t('treatments.to'), width: width * 0.28 },
    ],
    m.treatments.slice(0, 10).map((t) => ({
      cells: [
        t.name,
        t.kind,
        w.date(t.startDate),
        t.current ? w.t('treatments.ongoing') : w.date(t.endDate ?? ''),
      ],
    })),
  );
  para(doc, w.t('treatments.noDose'), { size: 8, color: colour.muted });
}

export function exerciseSection(doc: Doc, m: ReportModel, w: ReportWords): void {
  heading(doc, w.t('exercise.heading'));
  const a = m.adherence;
  if (!a) {
    para(doc, w.t('exercise.none'));
    return;
  }
  const counts = { perWeek: w.num(a.perWeek), sessions: a.sessions, weeks: w.num(a.weeks) };
  para(
    doc,
    a.plannedPerWeek === null
      ? w.t('exercise.noPlan', counts)
      : w.t('exercise.withPlan', { ...counts, planned: a.plannedPerWeek }),
  );
}

export function questionnaireSection(doc: Doc, m: ReportModel, w: ReportWords): void {
  heading(doc, w.t('questionnaires.heading'));
  if (!m.questionnaires.length) {
    para(doc, w.t('questionnaires.none'));
    return;
  }
  const width = contentWidth(doc);
  const scoreOn = (p: { total: number; date: string }) =>
    w.t('questionnaires.scoreOn', { score: p.total, date: w.date(p.date) });
  table(
    doc,
    [
      { title: w.t('questionnaires.questionnaire'), width: width * 0.31 },
      { title: w.t('questionnaires.times'), width: width * 0.08, align: 'right' },
      { title: w.t('questionnaires.first'), width: width * 0.19 },
      { title: w.t('questionnaires.latest'), width: width * 0.19 },
      { title: w.t('questionnaires.range'), width: width * 0.08 },
      { title: w.t('questionnaires.band'), width: width * 0.15 },
    ],
    m.questionnaires.map((q) => ({
      cells: [
        `${q.name} (0–${q.maxScore})`,
        String(q.count),
        scoreOn(q.first),
        scoreOn(q.latest),
        `${q.low}–${q.high}`,
        q.latest.band,
      ],
    })),
  );
}

export function insightSection(doc: Doc, m: ReportModel, w: ReportWords): void {
  heading(doc, w.t('insights.heading'));
  if (!m.insights.length) {
    para(doc, w.t('insights.none'));
    return;
  }
  para(doc, w.t('insights.intro'), { size: 8.5, color: colour.muted });
  const status = { likely: w.t('insights.likely'), possible: w.t('insights.possible') };
  // The sentences start after the wider of the two words ("Wahrscheinlich" is wider than "Likely").
  doc.font('bold').fontSize(9.5);
  const statusW = Math.max(52, ...Object.values(status).map((s) => doc.widthOfString(s) + 2));
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
        .text(status[i.status], x, y, { width: statusW });
      doc.fontSize(9.5).fillColor(colour.text);
      write(doc, i.sentence, 'regular', x + statusW + 2, y, {
        width: contentWidth(doc) - statusW - 2,
        lineGap: 1.5,
      });
    });
    doc.y += 2;
  }
}

/** Her finished experiments, one line each; no section at all when she has none. */
export function experimentSection(doc: Doc, m: Pick<ReportModel, 'experiments'>, w: ReportWords): void {
  if (!m.experiments.length) return;
  heading(doc, w.t('experiments.heading'));
  para(doc, w.t('experiments.intro'), { size: 8.5, color: colour.muted });
  for (const line of m.experiments) para(doc, line);
}

/** Her own questions, or ruled lines to write on. */
export function questionsSection(doc: Doc, m: Pick<ReportModel, 'doctorQuestions'>, w: ReportWords): void {
  const x = left(doc);
  const width = contentWidth(doc);
  // With no questions typed, three lines to write on (70 pt) stay under the heading.
  heading(doc, w.t('questions.heading'), x, width, m.doctorQuestions ? undefined : 70);
  if (m.doctorQuestions) {
    para(doc, m.doctorQuestions, { size: 10.5 });
    return;
  }
  for (let i = 0; i < 3; i++) {
    const y = doc.y + 20;
    rule(doc, x, y, width, 0.5);
    doc.y = y;
  }
  doc.y += 6;
}
