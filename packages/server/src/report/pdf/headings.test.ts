import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { reportWords } from '../i18n/index.js';
import { endStructure, registerFonts } from './draw.js';
import { questionsSection } from './sections-cycle-care-insights.js';

const dir = mkdtempSync(join(tmpdir(), 'spinekind-headings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The questions section drawn from `y` on an A4 page set up as the report's; each page's text lines. */
async function pagesFrom(y: number, doctorQuestions: string | null): Promise<string[][]> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 40, bottom: 44, left: 44, right: 44 },
    tagged: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  registerFonts(doc);
  doc.y = y;
  questionsSection(doc, { doctorQuestions }, reportWords('en'));
  endStructure(doc);
  doc.end();
  const file = join(dir, `at-${y}-${doctorQuestions ? 'text' : 'blank'}.pdf`);
  writeFileSync(file, await done);
  // pdftotext ends every page with a form feed: one run gives each page's text apart.
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((page) =>
      page
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );
}

const manyQuestions = Array.from(
  { length: 12 },
  (_, i) => `${i + 1}. Could the ache that wakes me after a short night be linked to the perimenopause?`,
).join('\n');
// A4 is 841.89 pt high with a 44 pt bottom margin: from 150 pt above the margin down to 6 pt above it.
const starts = Array.from({ length: 25 }, (_, i) => 648 + i * 6);

describe('the report keeps a heading with what follows it', () => {
  it('never ends a page with "Questions for my doctor" when she typed many questions', {
    timeout: 120_000,
  }, async () => {
    for (const y of starts) {
      const pages = await pagesFrom(y, manyQuestions);
      const page = pages.find((lines) => lines.includes('Questions for my doctor')) ?? [];
      expect(page.at(-1), `section started at y=${y}`).not.toBe('Questions for my doctor');
      expect(page.join('\n'), `section started at y=${y}`).toContain('1. Could the ache');
    }
  });

  it('keeps the lines to write on under the heading when she typed none', { timeout: 120_000 }, async () => {
    for (const y of starts) {
      const pages = await pagesFrom(y, null);
      expect(
        pages.filter((lines) => lines.length > 0),
        `section started at y=${y}`,
      ).toHaveLength(1);
      if (pages.length > 1) expect(pages[0], `section started at y=${y}`).toEqual([]);
    }
  });
});
