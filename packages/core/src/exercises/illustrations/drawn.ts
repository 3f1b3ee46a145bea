import type { Exercise } from '../types.js';
import { illustrationFor } from './index.js';

/** A catalogue entry with its drawing filled in from the poses. */
export const drawn = (entry: Omit<Exercise, 'illustration'>): Exercise => ({
  ...entry,
  illustration: illustrationFor(entry.id),
});
