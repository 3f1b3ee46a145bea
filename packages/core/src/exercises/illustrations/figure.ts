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
  /** A mat on the floor, under the whole figure unless `from`/`to` say otherwise. */
  | { kind: 'mat'; from?: number; to?: number }
  /** A mat seen from above: a rectangle round the whole figure. */
  | { kind: 'matAbove' }
  | { kind: 'chair'; x: number; facing?: 1 | -1 }
  /** A wall standing on the floor, up to a little above the figure unless `top` is given. */
  | { kind: 'wall'; x: number; top?: number }
  /** A plain line through points, e.g. the parts of a chair seen from the front. */
  | { kind: 'line'; through: readonly Point[] }
  /** An upright rectangle, e.g. a wall or a chair back seen from the front. */
  | { kind: 'panel'; from: Point; to: Point }
  /** A resistance band or strap: a line through the given spots. */
  | { kind: 'band'; through: readonly Spot[] }
  /** A movement arrow from → to, bowed sideways by `bow`; `both` puts a head on each end. */
  | { kind: 'arrow'; from: Spot; to: Spot; bow?: number; both?: boolean }
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

/**
 * The drawing space: poses are placed in a 200 × 150 box with the floor near the bottom. The SVG's
 * viewBox is then cropped to the figure and its props, and widened or heightened to an aspect
 * ratio between `MIN_ASPECT` and `MAX_ASPECT`, so that a lying figure fills the player's width
 * and a standing one its height (the player's drawing area is about 4:3 to 3:2).
 */
export const VIEW_WIDTH = 200;
export const VIEW_HEIGHT = 150;
export const MIN_ASPECT = 4 / 3;
export const MAX_ASPECT = 2;
export const FLOOR_Y = 138;
/** Where a joint resting on the floor sits, so its stroke touches the floor line. */
export const GROUND = FLOOR_Y - 3.5;
/** Stroke widths: limbs, the trunk (thicker, so the body reads at a glance), props and arrows. */
export const STROKE = { limb: 4, torso: 5.5, prop: 2.5, arrow: 2 } as const;

/** Body proportions shared by every drawing (standing height about 115 units). */
export const BODY = {
  torso: 35,
  neck: 4,
  headR: 7,
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

export type Joints = Record<JointName, Point> & {
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
export const offset = (p: Point, angle: number, length: number): Point => step(p, angle, length);

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
