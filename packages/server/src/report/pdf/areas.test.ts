import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyAreaLabelsIn } from '@spinekind/core';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { reportWords } from '../i18n/index.js';
import { endStructure, registerFonts } from './draw.js';
import { AREA_LABEL_WIDTH, areaColumn } from './sections-pain-sleep-screening.js';

const dir = mkdtempSync(join(tmpdir(), 'spinekind-areas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const X = 44;

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
/** Two words drawn over each other (more than a sliver across and half a line down). */
const overlap = (a: Word, b: Word) =>
  Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 1 &&
  Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);

/** The "Where it hurts" column in German at the report's place; every word with its box. */
async function germanAreaWords(): Promise<Word[]> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 40, bottom: 44, left: X, right: 44 },
    tagged: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  registerFonts(doc);
  const names = bodyAreaLabelsIn('de');
  const bodyAreas = [
    { label: names.below_knee_left, days: 29 },
    { label: names.below_knee_right, days: 15 },
    { label: names.buttock_right, days: 2 },
  ];
  areaColumn(doc, { bodyAreas, areaScores: [], painQualities: [] }, reportWords('de'), X, 247.6);
  endStructure(doc);
  doc.end();
  const file = join(dir, 'areas-de.pdf');
  writeFileSync(file, await done);
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const found = bbox.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  );
  return [...found].map(([, xMin, yMin, xMax, yMax, text]) => ({
    text: text ?? '',
    xMin: Number(xMin),
    yMin: Number(yMin),
    xMax: Number(xMax),
    yMax: Number(yMax),
  }));
}

describe('where it hurts, in German', () => {
  it('wraps a long area name inside its box, left of the bars, and keeps each row apart', async () => {
    const words = await germanAreaWords();
    const names = words.filter((w) => w.xMin < X + AREA_LABEL_WIDTH);
    expect(names.map((w) => w.text).join(' ')).toContain('Linkes Bein unterhalb des Knies');
    // The bars start at X + 100: every word of a name ends before them.
    for (const w of names) expect(w.xMax).toBeLessThanOrEqual(X + AREA_LABEL_WIDTH + 0.5);
    expect(words.filter((w) => w.text === 'Tage').length).toBe(3);
    // A wrapped name pushes the next row down instead of running into it.
    const clashes = words.flatMap((a, i) =>
      words
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.text}/${b.text}`),
    );
    expect(clashes).toEqual([]);
  });
});
