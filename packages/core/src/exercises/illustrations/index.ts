import { bonePoses } from './poses-bones.js';
import { floorPoses } from './poses-floor.js';
import { frontPoses } from './poses-front.js';
import { relaxPoses } from './poses-relax.js';
import { uprightPoses } from './poses-upright.js';
import { drawFigure } from './render.js';

const poses = { ...floorPoses, ...uprightPoses, ...frontPoses, ...relaxPoses, ...bonePoses };
const cache = new Map<string, string>();

/** The SVG line drawing for a catalogue exercise, or '' when none is drawn (the tests catch that). */
export function illustrationFor(id: string): string {
  const pose = poses[id];
  if (!pose) return '';
  let svg = cache.get(id);
  if (svg === undefined) {
    svg = drawFigure(pose);
    cache.set(id, svg);
  }
  return svg;
}

/** Every drawing, as [exercise id, svg] pairs: for the contact sheet and the tests. */
export function allIllustrations(): [string, string][] {
  return Object.keys(poses).map((id) => [id, illustrationFor(id)]);
}
