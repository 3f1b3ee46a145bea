import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { MAX_ASPECT, MIN_ASPECT, VIEW_HEIGHT, VIEW_WIDTH } from './figure.js';
import { allIllustrations } from './index.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
}

/** Parses an SVG string as XML; throws on anything that is not well-formed. */
function parse(svg: string): Element[] {
  const parser = new SaxesParser({ xmlns: false });
  const elements: Element[] = [];
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> });
  });
  parser.write(svg).close();
  if (error) throw error;
  return elements;
}

/** The four numbers of the root's viewBox. */
function viewBoxOf(elements: Element[]): [x: number, y: number, w: number, h: number] {
  const [x = Number.NaN, y = Number.NaN, w = Number.NaN, h = Number.NaN] = (
    elements[0]?.attributes.viewBox ?? ''
  )
    .split(' ')
    .map(Number);
  return [x, y, w, h];
}

/** Every point a path or circle reaches (path commands M L H V Q A Z, absolute, as the renderer writes them). */
function drawnPoints(elements: Element[]): [number, number][] {
  const points: [number, number][] = [];
  for (const el of elements) {
    if (el.name === 'circle') {
      const [cx = 0, cy = 0, r = 0] = ['cx', 'cy', 'r'].map((k) => Number(el.attributes[k]));
      points.push([cx - r, cy - r], [cx + r, cy + r]);
    }
    const d = el.name === 'path' ? el.attributes.d : undefined;
    if (!d) continue;
    let at: [number, number] = [0, 0];
    for (const [, cmd, args] of d.matchAll(/([MLHVQAZ])([^MLHVQAZ]*)/g)) {
      const v = (args ?? '')
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      if (cmd === 'H') at = [v[0] as number, at[1]];
      else if (cmd === 'V') at = [at[0], v[0] as number];
      else if (cmd === 'A') at = [v[5] as number, v[6] as number];
      else if (cmd !== 'Z') at = [v.at(-2) as number, v.at(-1) as number];
      points.push(at);
    }
  }
  return points;
}

/** The player's drawing area on a 390 px phone (about 342 × 237 px inside its padding). */
const PLAYER = { width: 342, height: 237 };

describe('every illustration as an SVG', () => {
  const all = allIllustrations();

  it('is well-formed XML with a single svg root, the SVG namespace and a viewBox', () => {
    for (const [id, svg] of all) {
      const elements = parse(svg);
      expect(elements[0]?.name, id).toBe('svg');
      expect(
        elements.filter((e) => e.name === 'svg'),
        id,
      ).toHaveLength(1);
      expect(elements[0]?.attributes.xmlns, id).toBe('http://www.w3.org/2000/svg');
      expect(elements[0]?.attributes.viewBox, id).toMatch(/^[\d.]+ [\d.]+ [\d.]+ [\d.]+$/);
      for (const e of elements) expect(['svg', 'g', 'path', 'circle'], `${id} <${e.name}>`).toContain(e.name);
    }
  });

  it('has a viewBox shaped for the player: between 4:3 and 2:1, inside the drawing space', () => {
    for (const [id, svg] of all) {
      const [x, y, w, h] = viewBoxOf(parse(svg));
      expect(w / h, id).toBeGreaterThanOrEqual(MIN_ASPECT - 0.01);
      expect(w / h, id).toBeLessThanOrEqual(MAX_ASPECT + 0.01);
      expect(x, id).toBeGreaterThanOrEqual(0);
      expect(y, id).toBeGreaterThanOrEqual(0);
      expect(x + w, id).toBeLessThanOrEqual(VIEW_WIDTH + 0.01);
      expect(y + h, id).toBeLessThanOrEqual(VIEW_HEIGHT + 0.01);
    }
  });

  it('is cropped to the figure: nothing drawn outside the viewBox, and the figure fills the player area', () => {
    for (const [id, svg] of all) {
      const elements = parse(svg);
      const [x, y, w, h] = viewBoxOf(elements);
      const points = drawnPoints(elements);
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      expect(Math.min(...xs), id).toBeGreaterThanOrEqual(x);
      expect(Math.max(...xs), id).toBeLessThanOrEqual(x + w);
      expect(Math.min(...ys), id).toBeGreaterThanOrEqual(y);
      expect(Math.max(...ys), id).toBeLessThanOrEqual(y + h);
      // Shown in the player's area: the drawing spans at least 85% of its width or of its height.
      const scale = Math.min(PLAYER.width / w, PLAYER.height / h);
      const spanW = ((Math.max(...xs) - Math.min(...xs)) * scale) / PLAYER.width;
      const spanH = ((Math.max(...ys) - Math.min(...ys)) * scale) / PLAYER.height;
      expect(Math.max(spanW, spanH), id).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('takes every colour from currentColor, so light and dark themes both work', () => {
    for (const [id, svg] of all) {
      for (const e of parse(svg)) {
        expect(e.attributes.style, id).toBeUndefined();
        for (const attr of ['fill', 'stroke', 'color', 'stop-color', 'flood-color']) {
          const value = e.attributes[attr];
          if (value !== undefined)
            expect(['currentColor', 'none'], `${id} <${e.name} ${attr}>`).toContain(value);
        }
      }
      expect(svg, id).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|<style/i);
      expect(svg, id).toContain('stroke="currentColor"');
    }
  });

  it('draws one solid head and one trunk in every picture, with the same stroke widths', () => {
    for (const [id, svg] of all) {
      const elements = parse(svg);
      const heads = elements.filter((e) => e.name === 'circle' && e.attributes.fill === 'currentColor');
      expect(heads, id).toHaveLength(1);
      const widths = new Set(elements.map((e) => e.attributes['stroke-width']).filter(Boolean));
      for (const width of widths) expect(['4', '5.5', '2.5', '2'], id).toContain(width);
    }
  });
});
