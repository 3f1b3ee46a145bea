import type { ErgonomicAreaId } from './areas.js';

/**
 * One answer. `points` are earned: the best answer to a question scores its maximum, the one with
 * most strain scores 0, and `null` marks "not applicable" (left out of the score). Every answer
 * short of the best carries a `fix`: one concrete, kind thing to try.
 */
export interface ErgonomicOption {
  value: string;
  label: string;
  points: number | null;
  fix?: string;
}

export interface ErgonomicQuestion {
  id: string;
  area: ErgonomicAreaId;
  text: string;
  /** Why it matters, in one plain sentence. */
  why: string;
  options: ErgonomicOption[];
}

export const ERGONOMIC_NOT_APPLICABLE = 'not_applicable';
export const notApplicable = (label: string): ErgonomicOption => ({
  value: ERGONOMIC_NOT_APPLICABLE,
  label,
  points: null,
});
