/**
 * A tiny pose renderer for the exercise drawings: joint angles in, one consistent line drawing
 * out. Every figure has the same limb lengths, stroke width and head size, so the drawings look
 * like one set; limbs are computed from angles, so they keep their length in every pose.
 *
 * Angles are in degrees in SVG coordinates: 0 points right, 90 down, -90 up, 180 left. A segment
 * is an angle, or `[angle, scale]` to shorten a limb that points towards the viewer.
 * Side views face right; lying on the back has the head on the left, lying face down the head on
 * the right. Then a positive torso `bend` always rounds the back (flexion), a negative one arches it.
 */

export type Point = readonly [number, number];
export type Seg = number | readonly [angle: number, scale: number];
/**
 * A limb placed by where its end goes instead of by angles: the hand or ankle is put at `to`
 * (drawing coordinates) and the elbow or knee bends to `side` (see `reach`). Not for the anchor.
 */
export interface Reach {
  to: Point;
  side?: 1 | -1;
  /** Foot angle for legs (default 0, flat and pointing right). */
  foot?: Seg;
}
export type Arm = readonly [Seg, Seg] | Reach;
export type Leg = readonly [Seg, Seg, Seg] | Reach;

export interface Pose {
  /** `side` (default): near limbs solid, far limbs faint. `front`: shoulders and hips spread. */
  view?: 'side' | 'front';
  /** The joint placed at `at` (default the hip). */
  anchor?: JointName;
  at: Point;
  /** Hip → shoulders. */
  torso: Seg;
  /** Curve of the back: positive rounds it, negative arches it. */
  bend?: number;
  /** Shoulders → head. */
  head: Seg;
  /** Upper arm, forearm. In the front view N is the arm on the right of the picture. */
  armN: Arm;
  armF?: Arm;
  /** Thigh, shin, foot. */
  legN: Leg;
  legF?: Leg;
}

export type JointName =
  | 'hip'
  | 'shoulder'
  | 'head'
  | 'elbowN'
  | 'handN'
  | 'elbowF'
  | 'handF'
  | 'kneeN'
  | 'ankleN'
  | 'toeN'
  | 'kneeF'
  | 'ankleF'
  | 'toeF';

/** A point given directly or as a joint of the main pose. */
export type Spot = Point | JointName;

export type Prop =
  | { kind: 'mat'; from: number; to: number }
  | { kind: 'chair'; x: number; facing?: 1 | -1 }
  | { kind: 'wall'; x: number }
  /** A plain line through points, e.g. the parts of a chair seen from the front. */
  | { kind: 'line'; through: readonly Point[] }
  /** An upright rectangle, e.g. a wall or a chair back seen from the front. */
  | { kind: 'panel'; from: Point; to: Point }
  /** A resistance band or strap: a line through the given spots. */
  | { kind: 'band'; through: readonly Spot[] }
  /** A movement arrow from → to, bowed sideways by `bow`. */
  | { kind: 'arrow'; from: Spot; to: Spot; bow?: number }
  /** A circling arrow round a spot, for rolls and circles. */
  | { kind: 'circle'; around: Spot; r: number }
  /** A square traced with arrows, for breathing in even counts. */
  | { kind: 'square'; at: Point; size: number };

export interface Illustration {
  pose: Pose;
  /** The other end of the movement, drawn dashed and faint where it differs from `pose`. */
  ghost?: Partial<Pose>;
  props?: readonly Prop[];
  /** Draw the floor line (default true). */
  floor?: boolean;
}

export const VIEW_WIDTH = 200;
export const VIEW_HEIGHT = 150;
export const FLOOR_Y = 138;
/** Where a joint resting on the floor sits, so its stroke touches the floor line. */
export const GROUND = FLOOR_Y - 3.5;

/** Body proportions shared by every drawing (standing height about 115 units). */
export const BODY = {
  torso: 35,
  neck: 4,
  headR: 7.5,
  upperArm: 20,
  forearm: 22,
  thigh: 28.5,
  shin: 27.5,
  foot: 9,
  shoulderHalf: 10,
  hipHalf: 6.5,
} as const;

/** Height of a chair seat's line, just under the hip of someone sitting with shins upright. */
export const SEAT_Y = GROUND - BODY.shin + 5;

type Joints = Record<JointName, Point> & {
  neck: Point;
  shoulderN: Point;
  shoulderF: Point;
  hipN: Point;
  hipF: Point;
  bendControl: Point;
};

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;
const angleOf = (s: Seg) => (typeof s === 'number' ? s : s[0]);
const scaleOf = (s: Seg) => (typeof s === 'number' ? 1 : s[1]);
const step = (p: Point, s: Seg, length: number): Point => {
  const a = rad(angleOf(s));
  const l = length * scaleOf(s);
  return [p[0] + Math.cos(a) * l, p[1] + Math.sin(a) * l];
};
const offset = (p: Point, angle: number, length: number): Point => step(p, angle, length);

/**
 * Two-link reach: the angles that put the end of a limb at (dx, dy) from its root. `side` picks
 * the way the middle joint bends: -1 turns the first link anticlockwise on screen (a knee up when
 * the foot is to the right), +1 clockwise. Too far a target straightens the limb towards it.
 */
export function reach(dx: number, dy: number, a: number, b: number, side: 1 | -1): [number, number] {
  const d = Math.min(Math.max(Math.hypot(dx, dy), Math.abs(a - b) + 0.01), a + b - 0.01);
  const toTarget = Math.atan2(dy, dx);
  const atRoot = Math.acos((a * a + d * d - b * b) / (2 * a * d));
  const first = toTarget + side * atRoot;
  const jx = Math.cos(first) * a;
  const jy = Math.sin(first) * a;
  const tx = Math.cos(toTarget) * d;
  const ty = Math.sin(toTarget) * d;
  return [deg(first), deg(Math.atan2(ty - jy, tx - jx))];
}

const isReach = (limb: Arm | Leg): limb is Reach => !Array.isArray(limb);

function armAngles(limb: Arm, shoulder: Point): readonly [Seg, Seg] {
  if (!isReach(limb)) return limb as readonly [Seg, Seg];
  const { to, side = 1 } = limb;
  return reach(to[0] - shoulder[0], to[1] - shoulder[1], BODY.upperArm, BODY.forearm, side);
}

function legAngles(limb: Leg, hip: Point): readonly [Seg, Seg, Seg] {
  if (!isReach(limb)) return limb as readonly [Seg, Seg, Seg];
  const { to, side = -1, foot = 0 } = limb;
  const [t, s] = reach(to[0] - hip[0], to[1] - hip[1], BODY.thigh, BODY.shin, side);
  return [t, s, foot];
}

/** Joint positions of a pose with its hip at `hip`. */
function skeleton(pose: Pose, hip: Point): Joints {
  const torsoAngle = angleOf(pose.torso);
  const shoulder = step(hip, pose.torso, BODY.torso);
  const front = pose.view === 'front';
  // In the front view the near side sits to the right of the hip→shoulder direction.
  const across = torsoAngle + 90;
  const shoulderN = front ? offset(shoulder, across, BODY.shoulderHalf) : shoulder;
  const shoulderF = front ? offset(shoulder, across, -BODY.shoulderHalf) : shoulder;
  const hipN = front ? offset(hip, across, BODY.hipHalf) : hip;
  const hipF = front ? offset(hip, across, -BODY.hipHalf) : hip;
  const armN = armAngles(pose.armN, shoulderN);
  const armF = armAngles(pose.armF ?? pose.armN, shoulderF);
  const legN = legAngles(pose.legN, hipN);
  const legF = legAngles(pose.legF ?? pose.legN, hipF);
  const elbowN = step(shoulderN, armN[0], BODY.upperArm);
  const elbowF = step(shoulderF, armF[0], BODY.upperArm);
  const kneeN = step(hipN, legN[0], BODY.thigh);
  const kneeF = step(hipF, legF[0], BODY.thigh);
  const ankleN = step(kneeN, legN[1], BODY.shin);
  const ankleF = step(kneeF, legF[1], BODY.shin);
  const mid: Point = [(hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2];
  return {
    hip,
    shoulder,
    neck: step(shoulder, pose.head, BODY.neck),
    head: step(shoulder, pose.head, BODY.neck + BODY.headR),
    shoulderN,
    shoulderF,
    hipN,
    hipF,
    elbowN,
    elbowF,
    handN: step(elbowN, armN[1], BODY.forearm),
    handF: step(elbowF, armF[1], BODY.forearm),
    kneeN,
    kneeF,
    ankleN,
    ankleF,
    toeN: step(ankleN, legN[2], BODY.foot),
    toeF: step(ankleF, legF[2], BODY.foot),
    bendControl: offset(mid, torsoAngle - 90, (pose.bend ?? 0) * 2),
  };
}

/** Joint positions of a pose placed on the drawing: its anchor joint lands on `at`. */
export function placeJoints(pose: Pose): Joints {
  const trial = skeleton(pose, [0, 0])[pose.anchor ?? 'hip'];
  return skeleton(pose, [pose.at[0] - trial[0], pose.at[1] - trial[1]]);
}

const n = (v: number) => String(Math.round(v * 10) / 10);
const pt = (p: Point) => `${n(p[0])} ${n(p[1])}`;
const line = (...ps: Point[]) => `M${ps.map(pt).join('L')}`;
const close = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]) < 1.5;

interface Part {
  key: string;
  far: boolean;
  points: Point[];
  d: string;
}

function parts(pose: Pose, j: Joints): Part[] {
  const front = pose.view === 'front';
  const torso = pose.bend ? `M${pt(j.hip)}Q${pt(j.bendControl)} ${pt(j.shoulder)}` : line(j.hip, j.shoulder);
  const list: Part[] = [
    { key: 'armF', far: !front, points: [j.shoulderF, j.elbowF, j.handF], d: '' },
    { key: 'legF', far: !front, points: [j.hipF, j.kneeF, j.ankleF, j.toeF], d: '' },
    { key: 'torso', far: false, points: [j.hip, j.bendControl, j.shoulder], d: torso },
    { key: 'neck', far: false, points: [j.shoulder, j.neck], d: line(j.shoulder, j.neck) },
    { key: 'legN', far: false, points: [j.hipN, j.kneeN, j.ankleN, j.toeN], d: '' },
    { key: 'armN', far: false, points: [j.shoulderN, j.elbowN, j.handN], d: '' },
  ];
  if (front) {
    list.push({ key: 'shoulders', far: false, points: [j.shoulderF, j.shoulderN], d: '' });
    list.push({ key: 'hips', far: false, points: [j.hipF, j.hipN], d: '' });
  }
  for (const p of list) if (!p.d) p.d = line(...p.points);
  return list;
}

const headCircle = (c: Point) => `<circle cx="${n(c[0])}" cy="${n(c[1])}" r="${BODY.headR}"/>`;

function drawPose(list: Part[], head: Point): string {
  const far = list.filter((p) => p.far).map((p) => p.d);
  const near = list.filter((p) => !p.far).map((p) => p.d);
  const farGroup = far.length ? `<path stroke-opacity=".42" d="${far.join('')}"/>` : '';
  return `${farGroup}<path d="${near.join('')}"/>${headCircle(head)}`;
}

function drawGhost(base: Part[], baseHead: Point, list: Part[], head: Point): string {
  const moved = list.filter((p, i) => {
    const b = base[i];
    return !b || p.points.some((q, k) => !close(q, b.points[k] ?? q));
  });
  const paths = moved.map((p) => p.d).join('');
  const headPart = close(head, baseHead) ? '' : headCircle(head);
  if (!paths && !headPart) return '';
  return `<g stroke-dasharray="5 6" opacity=".5">${paths ? `<path d="${paths}"/>` : ''}${headPart}</g>`;
}

function resolve(spot: Spot, j: Joints): Point {
  return typeof spot === 'string' ? j[spot] : spot;
}

function arrowHead(tip: Point, fromAngle: number): string {
  const a = offset(tip, fromAngle + 150, 6);
  const b = offset(tip, fromAngle - 150, 6);
  return line(a, tip, b);
}

function drawProp(prop: Prop, j: Joints): string {
  switch (prop.kind) {
    case 'mat':
      return `<path d="M${n(prop.from)} ${FLOOR_Y - 2}H${n(prop.to)}"/>`;
    case 'wall':
      return `<path d="M${n(prop.x)} ${FLOOR_Y}V14"/>`;
    case 'chair': {
      const f = prop.facing ?? 1;
      const front = prop.x;
      const back = prop.x - 30 * f;
      const seat = SEAT_Y;
      return `<path d="M${n(front)} ${seat}H${n(back)}V${seat - 44}M${n(front - 2 * f)} ${seat}V${FLOOR_Y}M${n(back)} ${seat}V${FLOOR_Y}"/>`;
    }
    case 'line':
      return `<path d="${line(...prop.through)}"/>`;
    case 'panel': {
      const [x1, y1] = prop.from;
      const [x2, y2] = prop.to;
      return `<path d="M${n(x1)} ${n(y1)}H${n(x2)}V${n(y2)}H${n(x1)}Z"/>`;
    }
    case 'band':
      return `<path stroke-width="2" d="${line(...prop.through.map((s) => resolve(s, j)))}"/>`;
    case 'arrow': {
      const from = resolve(prop.from, j);
      const to = resolve(prop.to, j);
      const mid: Point = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
      const dir = Math.atan2(to[1] - from[1], to[0] - from[0]) * (180 / Math.PI);
      const ctrl = offset(mid, dir - 90, prop.bow ?? 0);
      const endDir = Math.atan2(to[1] - ctrl[1], to[0] - ctrl[0]) * (180 / Math.PI);
      return `<path stroke-width="2" d="M${pt(from)}Q${pt(ctrl)} ${pt(to)}${arrowHead(to, endDir)}"/>`;
    }
    case 'circle': {
      const c = resolve(prop.around, j);
      const r = prop.r;
      const start = offset(c, -150, r);
      const end = offset(c, 150, r);
      return `<path stroke-width="2" d="M${pt(start)}A${r} ${r} 0 1 1 ${pt(end)}${arrowHead(end, 240)}"/>`;
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
      return `<path stroke-width="2" d="${sides.join('')}"/>`;
    }
  }
}

/** Renders an illustration as a complete, self-contained `<svg>` string (no text, no scripts). */
export function drawFigure(ill: Illustration): string {
  const j = placeJoints(ill.pose);
  const base = parts(ill.pose, j);
  const props = (ill.props ?? []).map((p) => drawProp(p, j)).join('');
  const floor = ill.floor === false ? '' : `<path d="M10 ${FLOOR_Y}H190"/>`;
  const staticGroup = floor || props ? `<g stroke-width="2.5" opacity=".7">${floor}${props}</g>` : '';
  let ghost = '';
  if (ill.ghost) {
    const other: Pose = { ...ill.pose, ...ill.ghost };
    const gj = placeJoints(other);
    ghost = drawGhost(base, j.head, parts(other, gj), gj.head);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" fill="none" ` +
    `stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">` +
    `${staticGroup}${ghost}${drawPose(base, j.head)}</svg>`
  );
}
