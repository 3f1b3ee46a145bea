import { describe, expect, it } from 'vitest';
import { exercises } from '../catalogue.js';
import { BODY, GROUND, type Point, type Pose, placeJoints, reach } from './figure.js';
import { allIllustrations } from './index.js';
import { hookLying, standing } from './kit.js';
import { drawFigure } from './render.js';

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('pose renderer', () => {
  it('keeps every limb its own length whatever the angles', () => {
    const pose: Pose = { ...standing(100), armN: [-37, 71], legN: [12, 133, 40], torso: -61 };
    const j = placeJoints(pose);
    expect(dist(j.hip, j.shoulder)).toBeCloseTo(BODY.torso, 6);
    expect(dist(j.shoulder, j.elbowN)).toBeCloseTo(BODY.upperArm, 6);
    expect(dist(j.elbowN, j.handN)).toBeCloseTo(BODY.forearm, 6);
    expect(dist(j.hip, j.kneeN)).toBeCloseTo(BODY.thigh, 6);
    expect(dist(j.kneeN, j.ankleN)).toBeCloseTo(BODY.shin, 6);
    expect(dist(j.ankleN, j.toeN)).toBeCloseTo(BODY.foot, 6);
  });

  it('puts the anchor joint where it is asked to be', () => {
    const j = placeJoints({ ...standing(0), anchor: 'toeN', at: [96, GROUND] });
    expect(j.toeN[0]).toBeCloseTo(96, 6);
    expect(j.toeN[1]).toBeCloseTo(GROUND, 6);
  });

  it('reaches a hand or foot to a given point with unchanged limb lengths', () => {
    const j = placeJoints(hookLying(100));
    expect(j.ankleN[0]).toBeCloseTo(138, 6);
    expect(j.ankleN[1]).toBeCloseTo(GROUND, 6);
    expect(dist(j.hip, j.kneeN)).toBeCloseTo(BODY.thigh, 6);
    expect(dist(j.kneeN, j.ankleN)).toBeCloseTo(BODY.shin, 6);
    // knee up, off the floor, when the foot is to the right and side is -1
    expect(j.kneeN[1]).toBeLessThan(GROUND - 10);
  });

  it('straightens a limb towards a target that is out of reach', () => {
    const [a, b] = reach(500, 0, 10, 10, 1);
    // pointing at the target (0°), all but straight
    expect(Math.abs(a)).toBeLessThan(3);
    expect(Math.abs(b)).toBeLessThan(3);
  });

  it('draws a standing figure with its feet on the floor and its head on top', () => {
    const j = placeJoints(standing(100));
    expect(j.ankleN[1]).toBeCloseTo(GROUND, 6);
    expect(j.head[1]).toBeLessThan(j.shoulder[1]);
    expect(j.head[1] - BODY.headR).toBeGreaterThan(0);
  });

  it('draws the other end of a movement dashed, and only the parts that move', () => {
    const still = drawFigure({ pose: standing(100) });
    expect(still).not.toContain('stroke-dasharray');
    const moving = drawFigure({ pose: standing(100), ghost: { armN: [-90, -90] } });
    const ghost = /<g stroke-dasharray[^>]*>(.*?)<\/g>/.exec(moving)?.[1] ?? '';
    expect(ghost.match(/M/g)?.length).toBe(1); // only the near arm
    expect(ghost).not.toContain('<circle');
  });

  it('draws with the current text colour, round line ends and no fill', () => {
    const svg = drawFigure({ pose: standing(100) });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[\d.]+ [\d.]+ [\d.]+ [\d.]+"/,
    );
    expect(svg).toContain('stroke="currentColor"');
    expect(svg).toContain('fill="none"');
    expect(svg).toContain('stroke-linecap="round"');
    expect(svg).not.toContain('role=');
  });
});

describe('catalogue drawings', () => {
  it('has exactly one drawing for each catalogue exercise', () => {
    const drawn = allIllustrations()
      .map(([id]) => id)
      .sort();
    expect(drawn).toEqual(exercises.map((e) => e.id).sort());
  });

  it('keeps every joint inside the picture', () => {
    for (const [id, svg] of allIllustrations()) {
      const numbers = [...svg.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      for (const [x, y] of numbers) {
        expect(x, id).toBeGreaterThanOrEqual(0);
        expect(x, id).toBeLessThanOrEqual(200);
        expect(y, id).toBeGreaterThanOrEqual(0);
        expect(y, id).toBeLessThanOrEqual(150);
      }
    }
  });
});
