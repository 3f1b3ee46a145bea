import type { Exercise } from '../types.js';
import { illustrationFor } from './index.js';

/**
 * A catalogue entry with its drawing filled in from the poses. The drawing is made when it is first read
 * (an enumerable getter, so spreads, JSON and structured clones still carry it): loading the catalogue
 * draws nothing, and a screen that only names exercises never pays for the ~60 drawings.
 */
export const drawn = (entry: Omit<Exercise, 'illustration'>): Exercise =>
  Object.defineProperty({ ...entry }, 'illustration', {
    get: () => illustrationFor(entry.id),
    enumerable: true,
  }) as Exercise;
