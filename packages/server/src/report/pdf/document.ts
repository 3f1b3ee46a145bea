import PDFDocument from 'pdfkit';
import type { ReportModel } from '../data.js';
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
function footers(doc: Doc): void {
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
          .text(
            `Spinekind diary summary · patient-kept, not a diagnosis · page ${i + 1} of ${range.count}`,
            doc.page.margins.left,
            y,
            {
              width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
              align: 'center',
              lineBreak: false,
            },
          ),
      'Pagination',
    );
    doc.page.margins.bottom = bottomMargin;
  }
}

/** The doctor report as PDF bytes: one to two pages of A4 or US Letter. */
export function renderReportPdf(model: ReportModel, paper: Paper): Promise<Buffer> {
  const doc = new PDFDocument({
    size: paper === 'a4' ? 'A4' : 'LETTER',
    margins: { top: 40, bottom: 44, left: 44, right: 44 },
    bufferPages: true,
    // Tagged PDF: headings, paragraphs, tables and the chart (with its description) for screen readers.
    tagged: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `Back pain diary summary, ${model.from} to ${model.to}`,
      Subject: 'Patient-kept diary, not a diagnosis',
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
  header(doc, model);
  painSection(doc, model);
  bodyAndSleep(doc, model);
  screeningSection(doc, model);
  cycleSection(doc, model);
  treatmentSection(doc, model);
  exerciseSection(doc, model);
  questionnaireSection(doc, model);
  insightSection(doc, model);
  experimentSection(doc, model);
  questionsSection(doc, model);
  endStructure(doc);
  footers(doc);
  doc.end();
  return done;
}
