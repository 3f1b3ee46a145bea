import { FLOOR_Y, type Joints, offset, type Point, type Prop, SEAT_Y, type Spot, STROKE } from './figure.js';

/** Rounds to one decimal for compact paths. */
export const n = (v: number) => String(Math.round(v * 10) / 10);
export const pt = (p: Point) => `${n(p[0])} ${n(p[1])}`;
export const line = (...ps: Point[]) => `M${ps.map(pt).join('L')}`;

/** The smallest box round a set of points. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boxOf(points: readonly Point[]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

/** A drawn prop: its path and the points that bound it (for cropping the picture). */
export interface Drawn {
  svg: string;
  points: Point[];
}

const resolve = (spot: Spot, j: Joints): Point => (typeof spot === 'string' ? j[spot] : spot);
const dirOf = (from: Point, to: Point) => Math.atan2(to[1] - from[1], to[0] - from[0]) * (180 / Math.PI);

function arrowHead(tip: Point, fromAngle: number): string {
  return line(offset(tip, fromAngle + 150, 6), tip, offset(tip, fromAngle - 150, 6));
}

const path = (d: string, width: number = STROKE.prop) =>
  width === STROKE.prop ? `<path d="${d}"/>` : `<path stroke-width="${width}" d="${d}"/>`;

/** A mat: an area tinted with the current colour, not outlined, so it never reads as a line. */
const tint = (d: string) => `<path fill="currentColor" fill-opacity=".18" stroke="none" d="${d}"/>`;

/**
 * Draws a prop next to a placed figure. `body` is the box round the figure (joints and head),
 * used where a prop fits itself to the figure (a mat under it, a wall a little taller than it).
 */
export function drawProp(prop: Prop, j: Joints, body: Box): Drawn {
  switch (prop.kind) {
    case 'mat': {
      // A low band on the floor, tinted rather than outlined, so it does not read as a second floor.
      const from = prop.from ?? body.minX - 6;
      const to = prop.to ?? body.maxX + 6;
      const top = FLOOR_Y - 4;
      const d = `M${n(from)} ${top}H${n(to)}V${FLOOR_Y}H${n(from)}Z`;
      return {
        svg: tint(d),
        points: [
          [from, top],
          [to, FLOOR_Y],
        ],
      };
    }
    case 'matAbove': {
      const a: Point = [body.minX - 7, body.minY - 7];
      const b: Point = [body.maxX + 7, body.maxY + 7];
      const d = `M${pt(a)}H${n(b[0])}V${n(b[1])}H${n(a[0])}Z`;
      return { svg: tint(d), points: [a, b] };
    }
    case 'wall': {
      const top = prop.top ?? body.minY - 10;
      return {
        svg: path(`M${n(prop.x)} ${FLOOR_Y}V${n(top)}`),
        points: [
          [prop.x, top],
          [prop.x, FLOOR_Y],
        ],
      };
    }
    case 'chair': {
      const f = prop.facing ?? 1;
      const front = prop.x;
      const back = prop.x - 30 * f;
      const top = SEAT_Y - 44;
      const d = `M${n(front)} ${SEAT_Y}H${n(back)}V${top}M${n(front - 2 * f)} ${SEAT_Y}V${FLOOR_Y}M${n(back)} ${SEAT_Y}V${FLOOR_Y}`;
      return {
        svg: path(d),
        points: [
          [front, SEAT_Y],
          [back, top],
          [back, FLOOR_Y],
        ],
      };
    }
    case 'line':
      return { svg: path(line(...prop.through)), points: [...prop.through] };
    case 'panel': {
      const [x1, y1] = prop.from;
      const [x2, y2] = prop.to;
      return { svg: path(`M${n(x1)} ${n(y1)}H${n(x2)}V${n(y2)}H${n(x1)}Z`), points: [prop.from, prop.to] };
    }
    case 'band': {
      const points = prop.through.map((s) => resolve(s, j));
      return { svg: path(line(...points), STROKE.arrow), points };
    }
    case 'arrow': {
      const from = resolve(prop.from, j);
      const to = resolve(prop.to, j);
      const mid: Point = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
      const ctrl = offset(mid, dirOf(from, to) - 90, prop.bow ?? 0);
      const onCurve: Point = [(mid[0] + ctrl[0]) / 2, (mid[1] + ctrl[1]) / 2];
      const tail = prop.both ? arrowHead(from, dirOf(ctrl, from)) : '';
      const d = `M${pt(from)}Q${pt(ctrl)} ${pt(to)}${arrowHead(to, dirOf(ctrl, to))}${tail}`;
      return { svg: path(d, STROKE.arrow), points: [from, to, onCurve] };
    }
    case 'circle': {
      const c = resolve(prop.around, j);
      const r = prop.r;
      const start = offset(c, -150, r);
      const end = offset(c, 150, r);
      const d = `M${pt(start)}A${r} ${r} 0 1 1 ${pt(end)}${arrowHead(end, 240)}`;
      return {
        svg: path(d, STROKE.arrow),
        points: [
          [c[0] - r, c[1] - r],
          [c[0] + r, c[1] + r],
        ],
      };
    }
    case 'square': {
      const [x, y] = prop.at;
      const s = prop.size;
      const corners: Point[] = [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
      ];
      const sides = corners.map((c, i) => {
        const next = corners[(i + 1) % 4] as Point;
        const dir = (i * 90) % 360;
        const tip = offset(next, dir + 180, 3);
        return `${line(offset(c, dir, 3), tip)}${arrowHead(tip, dir)}`;
      });
      return { svg: path(sides.join(''), STROKE.arrow), points: corners };
    }
  }
}
