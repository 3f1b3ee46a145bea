import {
  BODY,
  FLOOR_Y,
  type Illustration,
  type Joints,
  MAX_ASPECT,
  MIN_ASPECT,
  type Point,
  type Pose,
  placeJoints,
  STROKE,
  VIEW_HEIGHT,
  VIEW_WIDTH,
} from './figure.js';
import { type Box, boxOf, drawProp, line, n, pt } from './props.js';

/** One drawn part of the body: its joints (to compare with the other end of a movement) and path. */
interface Part {
  key: string;
  far: boolean;
  trunk: boolean;
  points: Point[];
  d: string;
}

function parts(pose: Pose, j: Joints): Part[] {
  const front = pose.view === 'front';
  // Seen from the front (or above) the trunk is an outline from shoulders to hips, so it reads as
  // a body and not as a cross; from the side it is one thicker line, curved when the back bends.
  const torso = front
    ? `${line(j.shoulderF, j.shoulderN, j.hipN, j.hipF)}Z`
    : pose.bend
      ? `M${pt(j.hip)}Q${pt(j.bendControl)} ${pt(j.shoulder)}`
      : line(j.hip, j.shoulder);
  // The middle of the curved back, for cropping (the control point itself lies off the curve).
  const back: Point = [
    (j.hip[0] + j.shoulder[0]) / 4 + j.bendControl[0] / 2,
    (j.hip[1] + j.shoulder[1]) / 4 + j.bendControl[1] / 2,
  ];
  const trunkPoints = front ? [j.shoulderF, j.shoulderN, j.hipN, j.hipF] : [j.hip, back, j.shoulder];
  const list: Part[] = [
    { key: 'armF', far: !front, trunk: false, points: [j.shoulderF, j.elbowF, j.handF], d: '' },
    { key: 'legF', far: !front, trunk: false, points: [j.hipF, j.kneeF, j.ankleF, j.toeF], d: '' },
    { key: 'torso', far: false, trunk: !front, points: trunkPoints, d: torso },
    { key: 'neck', far: false, trunk: false, points: [j.shoulder, j.neck], d: line(j.shoulder, j.neck) },
    { key: 'legN', far: false, trunk: false, points: [j.hipN, j.kneeN, j.ankleN, j.toeN], d: '' },
    { key: 'armN', far: false, trunk: false, points: [j.shoulderN, j.elbowN, j.handN], d: '' },
  ];
  for (const p of list) if (!p.d) p.d = line(...p.points);
  return list;
}

const close = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]) < 1.5;
const headBox = (c: Point): Point[] => [
  [c[0] - BODY.headR, c[1] - BODY.headR],
  [c[0] + BODY.headR, c[1] + BODY.headR],
];
const circle = (c: Point, filled: boolean) =>
  `<circle cx="${n(c[0])}" cy="${n(c[1])}" r="${BODY.headR}"${filled ? ' fill="currentColor"' : ''}/>`;

/** The figure: far limbs faint, then the trunk (thicker), near limbs, and a solid head on top. */
function drawPose(list: Part[], head: Point): string {
  const join = (ps: Part[]) => ps.map((p) => p.d).join('');
  const far = join(list.filter((p) => p.far));
  const trunk = join(list.filter((p) => !p.far && p.trunk));
  const near = join(list.filter((p) => !p.far && !p.trunk));
  return (
    (far ? `<path stroke-opacity=".42" d="${far}"/>` : '') +
    (trunk ? `<path stroke-width="${STROKE.torso}" d="${trunk}"/>` : '') +
    `<path d="${near}"/>${circle(head, true)}`
  );
}

/** The other end of the movement: only the parts that differ, dashed and faint, head as a ring. */
function drawGhost(
  base: Part[],
  baseHead: Point,
  list: Part[],
  head: Point,
): { svg: string; points: Point[] } {
  const moved = list.filter((p, i) => {
    const b = base[i];
    return !b || p.points.some((q, k) => !close(q, b.points[k] ?? q));
  });
  const paths = moved.map((p) => p.d).join('');
  const headMoved = !close(head, baseHead);
  if (!paths && !headMoved) return { svg: '', points: [] };
  const svg =
    `<g stroke-dasharray="5 6" opacity=".5">${paths ? `<path d="${paths}"/>` : ''}` +
    `${headMoved ? circle(head, false) : ''}</g>`;
  return { svg, points: [...moved.flatMap((p) => p.points), ...(headMoved ? headBox(head) : [])] };
}

export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Air round the figure, enough for the thickest stroke and a little space. */
const PAD = 7;

/**
 * The viewBox round everything drawn: cropped to it, then widened (centred) or heightened (mostly
 * above, so the floor stays low) into the allowed aspect ratios, and kept inside the drawing space.
 */
export function frameFor(box: Box, floor: boolean): Frame {
  let x0 = box.minX - PAD;
  let x1 = box.maxX + PAD;
  let y0 = box.minY - PAD;
  let y1 = floor ? FLOOR_Y + 5 : box.maxY + PAD;
  const w = x1 - x0;
  const h = y1 - y0;
  if (w / h < MIN_ASPECT) {
    const extra = h * MIN_ASPECT - w;
    x0 -= extra / 2;
    x1 += extra / 2;
  } else if (w / h > MAX_ASPECT) {
    const extra = w / MAX_ASPECT - h;
    y0 -= floor ? extra * 0.75 : extra / 2;
    y1 += floor ? extra * 0.25 : extra / 2;
  }
  const shift = (lo: number, hi: number, max: number) =>
    lo < 0 ? -lo : hi > max ? Math.max(max - hi, -lo) : 0;
  const dx = shift(x0, x1, VIEW_WIDTH);
  const dy = shift(y0, y1, VIEW_HEIGHT);
  const r = (v: number) => Math.round(v * 10) / 10;
  return { x: r(x0 + dx), y: r(y0 + dy), w: r(x1 - x0), h: r(y1 - y0) };
}

/** Renders an illustration as a complete, self-contained `<svg>` string (no text, no scripts). */
export function drawFigure(ill: Illustration): string {
  const j = placeJoints(ill.pose);
  const base = parts(ill.pose, j);
  const bodyPoints = [...base.flatMap((p) => p.points), ...headBox(j.head)];
  let ghost = { svg: '', points: [] as Point[] };
  if (ill.ghost) {
    const other: Pose = { ...ill.pose, ...ill.ghost };
    const gj = placeJoints(other);
    ghost = drawGhost(base, j.head, parts(other, gj), gj.head);
  }
  const body = boxOf([...bodyPoints, ...ghost.points]);
  const props = (ill.props ?? []).map((p) => drawProp(p, j, body));
  const floor = ill.floor !== false;
  const f = frameFor(boxOf([...bodyPoints, ...ghost.points, ...props.flatMap((p) => p.points)]), floor);
  const floorLine = floor ? `<path d="M${n(f.x + 3)} ${FLOOR_Y}H${n(f.x + f.w - 3)}"/>` : '';
  const propSvg = props.map((p) => p.svg).join('');
  const staticGroup =
    floorLine || propSvg ? `<g stroke-width="${STROKE.prop}" opacity=".7">${floorLine}${propSvg}</g>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f.x} ${f.y} ${f.w} ${f.h}" fill="none" ` +
    `stroke="currentColor" stroke-width="${STROKE.limb}" stroke-linecap="round" stroke-linejoin="round">` +
    `${staticGroup}${ghost.svg}${drawPose(base, j.head)}</svg>`
  );
}
