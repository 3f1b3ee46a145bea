import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

/** The app's palette (styles.css, light theme), so the report looks like Spinekind on paper. */
export const colour = {
  text: '#1b2423',
  muted: '#4d5b59',
  rule: '#c9d3d1',
  primary: '#0b5f5c',
  primarySoft: '#d8ecea',
  accent: '#a44d12',
  danger: '#a3231a',
  band: '#eef2f1',
};

const require = createRequire(import.meta.url);
const fontPackage = '@fontsource/atkinson-hyperlegible';
type Subset = 'latin' | 'latin-ext';
const fontFile = (subset: Subset, weight: 400 | 700) =>
  require.resolve(`${fontPackage}/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`);

/** Code point ranges of a subset, as the font package declares them (`unicode.json`, CSS unicode-range). */
function rangesOf(subset: Subset): [number, number][] {
  const declared = require('@fontsource/atkinson-hyperlegible/unicode.json') as Record<Subset, string>;
  return declared[subset].split(',').map((range) => {
    const [lo, hi = lo] = range.replace('U+', '').split('-') as [string, string?];
    return [Number.parseInt(lo, 16), Number.parseInt(hi, 16)];
  });
}
const inRanges = (ranges: [number, number][], cp: number) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
const latin = rangesOf('latin');
const latinExt = rangesOf('latin-ext');
/** Letters only the Latin Extended subset has (ł, ő, ș, ğ, ě…); shared marks stay in the running face. */
const needsExt = (cp: number) => inRanges(latinExt, cp) && !inRanges(latin, cp);

export type Face = 'regular' | 'bold';
/**
 * Atkinson Hyperlegible (SIL OFL, designed for low-vision readers), embedded from the npm package so the
 * report never depends on the fonts of the machine it runs on. The package splits Latin and Latin
 * Extended into two files, so each face is registered twice and `write` switches per run of letters.
 * Scripts outside both (Greek, Cyrillic, CJK, emoji) do not print: pdfkit has no font fallback.
 */
export function registerFonts(doc: Doc): void {
  for (const [face, weight] of [
    ['regular', 400],
    ['bold', 700],
  ] as const) {
    doc.registerFont(face, fontFile('latin', weight));
    doc.registerFont(`${face}-ext`, fontFile('latin-ext', weight));
  }
}

/** Splits a line into runs that one subset can draw: `ext` runs need the Latin Extended file. */
export function fontRuns(line: string): { text: string; ext: boolean }[] {
  const runs: { text: string; ext: boolean }[] = [];
  for (const ch of line) {
    const ext = needsExt(ch.codePointAt(0) as number);
    const last = runs.at(-1);
    if (last && last.ext === ext) last.text += ch;
    else runs.push({ text: ch, ext });
  }
  return runs.length ? runs : [{ text: line, ext: false }];
}

type WriteOptions = PDFKit.Mixins.TextOptions;
/**
 * `doc.text` in `face` at (x, y), with letters like ł or ő taken from the Latin Extended file. Line by
 * line: pdfkit loses line breaks at the edges of `continued` pieces.
 */
export function write(doc: Doc, text: string, face: Face, x: number, y: number, options: WriteOptions): void {
  doc.y = y;
  for (const line of text.split('\n')) {
    if (!line) {
      // pdfkit draws nothing for an empty string and stays on the line: step over it.
      doc.font(face);
      doc.y += doc.currentLineHeight(true) + (options.lineGap ?? 0);
      continue;
    }
    const runs = fontRuns(line);
    runs.forEach((run, i) => {
      const continued = i < runs.length - 1;
      doc.font(run.ext ? `${face}-ext` : face);
      if (i === 0) doc.text(run.text, x, doc.y, { ...options, continued });
      else doc.text(run.text, { ...options, continued });
    });
  }
  doc.font(face);
}

/**
 * The largest size from `size` down to `smallest` (in half points) at which `text` fits on one line of
 * `width` in the current font: long German words in a fixed box get smaller instead of running out of it.
 */
export function sizeToFit(doc: Doc, text: string, width: number, size: number, smallest: number): number {
  let at = size;
  while (at > smallest && doc.fontSize(at).widthOfString(text) > width) at -= 0.5;
  doc.fontSize(at);
  return at;
}

export function left(doc: Doc): number {
  return doc.page.margins.left;
}
export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/**
 * Tags what `draw` puts on the page as one structure element (H1, H2, P, Figure…), so screen readers
 * read the report in order with its headings. Never nest: `draw` must not call `tag`, `para`,
 * `heading`, `table` or `artifact` (pdfkit closes open marked content when new content is marked).
 */
export function tag(
  doc: Doc,
  type: string,
  draw: () => void,
  options: { alt?: string; actual?: string } = {},
): void {
  documentElement(doc).add(doc.struct(type, options, draw));
}

type Element = ReturnType<Doc['struct']>;
const roots = new WeakMap<Doc, Element>();
/** The one `Document` element under the structure tree root, which every tag goes into. */
function documentElement(doc: Doc): Element {
  let root = roots.get(doc);
  if (!root) {
    root = doc.struct('Document');
    doc.addStructure(root);
    roots.set(doc, root);
  }
  return root;
}
/** Closes the `Document` element; call once, after the last tag. */
export function endStructure(doc: Doc): void {
  roots.get(doc)?.end();
}

/** Marks decoration (rules, bands, bars whose numbers are written beside them) for screen readers to skip. */
export function artifact(doc: Doc, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** A thin horizontal line, marked as decoration. */
export function rule(doc: Doc, x: number, y: number, width: number, lineWidth: number): void {
  artifact(doc, () =>
    doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(lineWidth)
      .strokeColor(colour.rule)
      .stroke(),
  );
}

/** Height of the heading itself: the gap above, the title line, the rule and the gap under it. */
const HEADING_HEIGHT = 26;
/** What must fit under a heading by default: about two lines of text, or a table's header and first row. */
const KEEP_WITH_NEXT = 28;

/**
 * A section title with a thin rule under it. `keepWith` is the height of what must follow it on
 * the same page (a section's first lines or fixed block), so a heading never ends a page alone.
 */
export function heading(
  doc: Doc,
  title: string,
  x = left(doc),
  width = contentWidth(doc),
  keepWith = KEEP_WITH_NEXT,
): void {
  ensureSpace(doc, HEADING_HEIGHT + keepWith);
  const y = doc.y + 6;
  tag(doc, 'H2', () =>
    doc.font('bold').fontSize(11.5).fillColor(colour.primary).text(title, x, y, { width }),
  );
  const ruleY = doc.y + 1;
  rule(doc, x, ruleY, width, 0.6);
  doc.x = x;
  doc.y = ruleY + 4;
}

export interface TextOptions {
  x?: number;
  width?: number;
  size?: number;
  bold?: boolean;
  color?: string;
  gap?: number;
}
/** A paragraph at the current position. */
export function para(doc: Doc, text: string, o: TextOptions = {}): void {
  tag(doc, 'P', () => {
    doc.fontSize(o.size ?? 9.5).fillColor(o.color ?? colour.text);
    write(doc, text, o.bold ? 'bold' : 'regular', o.x ?? left(doc), doc.y, {
      width: o.width ?? contentWidth(doc),
      lineGap: 1.5,
    });
  });
  doc.y += o.gap ?? 2;
}

export interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}
/**
 * A simple table: a header row in bold, then rows; `strong` rows in bold. Breaks pages between rows.
 * Tagged as Table / TR / TH (column headers) / TD.
 */
export function table(
  doc: Doc,
  columns: Column[],
  rows: { cells: string[]; strong?: boolean }[],
  x = left(doc),
): void {
  const size = 9;
  // pdfkit writes `scope` as the Table attribute Scope; @types/pdfkit doesn't list it yet.
  const columnHeader = { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions;
  const structure = doc.struct('Table');
  documentElement(doc).add(structure);
  const drawRow = (cells: string[], font: Face, color: string, header: boolean) => {
    doc.font(font).fontSize(size);
    const height = Math.max(
      ...cells.map((c, i) => doc.heightOfString(c, { width: (columns[i]?.width ?? 0) - 6 })),
    );
    ensureSpace(doc, height + 4);
    const y = doc.y;
    const tr = doc.struct('TR');
    structure.add(tr);
    let cx = x;
    cells.forEach((c, i) => {
      const col = columns[i] as Column;
      const at = cx;
      const cell = () => {
        doc.fillColor(color);
        write(doc, c, font, at, y, { width: col.width - 6, align: col.align ?? 'left', lineGap: 0.5 });
      };
      tr.add(header ? doc.struct('TH', columnHeader, cell) : doc.struct('TD', {}, cell));
      cx += col.width;
    });
    tr.end();
    doc.y = y + height + 3;
  };
  drawRow(
    columns.map((c) => c.title),
    'bold',
    colour.muted,
    true,
  );
  for (const row of rows) drawRow(row.cells, row.strong ? 'bold' : 'regular', colour.text, false);
  structure.end();
  doc.x = x;
}
