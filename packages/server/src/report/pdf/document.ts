import type { Locale } from '@spinekind/core';
import PDFDocument from 'pdfkit';
import type { ReportModel } from '../data.js';
import { type ReportWords, reportWords } from '../i18n/index.js';
import { artifact, colour, type Doc, endStructure, registerFonts } from './draw.js';
import {
  cycleSection,
  exerciseSection,
  experimentSection,
  insightSection,
  questionnaireSection,
  questionsSection,
  treatmentSection,
} from './sections-cycle-care-insights.js';
import { bodyAndSleep, header, painSection, screeningSection } from './sections-pain-sleep-screening.js';

export type Paper = 'a4' | 'letter';

/** Page numbers and the standing reminder in every footer (drawn once all pages exist). */
function footers(doc: Doc, w: ReportWords): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 30;
    artifact(
      doc,
      () =>
        doc
          .font('regular')
          .fontSize(7.5)
          .fillColor(colour.muted)
          .text(w.t('document.footer', { page: i + 1, pages: range.count }), doc.page.margins.left, y, {
            width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
            align: 'center',
            lineBreak: false,
          }),
      'Pagination',
    );
    doc.page.margins.bottom = bottomMargin;
  }
}

/** The doctor report as PDF bytes in her language: one to two pages of A4 or US Letter. */
export function renderReportPdf(model: ReportModel, paper: Paper, locale: Locale): Promise<Buffer> {
  const w = reportWords(locale);
  const doc = new PDFDocument({
    size: paper === 'a4' ? 'A4' : 'LETTER',
    margins: { top: 40, bottom: 44, left: 44, right: 44 },
    bufferPages: true,
    // Tagged PDF: headings, paragraphs, tables and the chart (with its description) for screen readers.
    tagged: true,
    lang: locale,
    displayTitle: true,
    info: {
      Title: w.t('document.title', { from: w.date(model.from), to: w.date(model.to) }),
      Subject: w.t('document.subject'),
      Creator: 'Spinekind',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  header(doc, model, w);
  painSection(doc, model, w);
  bodyAndSleep(doc, model, w);
  screeningSection(doc, model, w);
  cycleSection(doc, model, w);
  treatmentSection(doc, model, w);
  exerciseSection(doc, model, w);
  questionnaireSection(doc, model, w);
  insightSection(doc, model, w);
  experimentSection(doc, model, w);
  questionsSection(doc, model, w);
  endStructure(doc);
  footers(doc, w);
  doc.end();
  return done;
}
