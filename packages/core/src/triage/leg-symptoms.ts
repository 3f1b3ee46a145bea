import type { z } from 'zod';
import type { BodyArea, PainQuality } from '../checkins/body-areas.js';
import type { checkinScreeningPromptSchema } from './leg-prompt-schema.js';

/**
 * The triage answer keys a check-in can hint at (triage spec v1.0 §2.1), most serious first: the reason a
 * check-in offers the safety check. The check itself still asks her; nothing here answers for her.
 */
export const legPromptReasons = [
  'saddle_numbness',
  'both_legs_symptoms',
  'one_leg_radiating',
  'tingling_or_numbness',
] as const;
export type LegPromptReason = (typeof legPromptReasons)[number];

/** Why a check-in offers the safety check (a triage answer key), or null (leg-prompt-schema.ts). */
export type ScreeningPromptOfCheckin = z.infer<typeof checkinScreeningPromptSchema>;

interface LegSymptomAnswers {
  bodyAreas?: readonly BodyArea[] | null | undefined;
  painByArea?: readonly { area: BodyArea; score: number }[] | null | undefined;
  painQualities?: readonly PainQuality[] | null | undefined;
}

// Spec §2.1: one_leg_radiating is "below the knee in one leg"; the feet are below the knee too.
const belowKnee: Record<'left' | 'right', readonly BodyArea[]> = {
  left: ['below_knee_left', 'foot_left'],
  right: ['below_knee_right', 'foot_right'],
};
// Tingling the spec means is "in a leg or foot"; above the waist it is not a leg symptom.
const upperBody: readonly BodyArea[] = [
  'neck',
  'shoulder_left',
  'shoulder_right',
  'upper_back',
  'mid_back',
  'abdomen',
];

/**
 * Whether this check-in should offer the red-flag safety check, and why: the one rule every client uses
 * (the server puts it on each check-in it answers). Follows the triage spec's leg-symptom keys:
 * - numbness or pins and needles with pain in the groin or both buttocks (the saddle area, spec §2.1:
 *   "genitals, anus, buttocks or inner thighs"; one buttock alone is the usual sciatica) → `saddle_numbness` (E1);
 * - pain or nerve symptoms below the knee on both sides → `both_legs_symptoms` (E2);
 * - "shooting down the leg", or pain below the knee on one side → `one_leg_radiating` (S1);
 * - numbness or pins and needles, unless every marked area is above the waist → `tingling_or_numbness` (S2).
 * A pain area counts whether she only marked it or also scored it (a score of 0 still names the area).
 */
export function checkinScreeningPrompt(c: LegSymptomAnswers): ScreeningPromptOfCheckin {
  const areas = new Set<BodyArea>([...(c.bodyAreas ?? []), ...(c.painByArea ?? []).map((a) => a.area)]);
  const qualities = new Set(c.painQualities ?? []);
  const nerve = qualities.has('numbness') || qualities.has('pins_and_needles');
  const onSide = (side: 'left' | 'right') => belowKnee[side].some((a) => areas.has(a));
  const saddle = areas.has('pelvis_groin') || (areas.has('buttock_left') && areas.has('buttock_right'));
  if (nerve && saddle) return { reason: 'saddle_numbness' };
  if (onSide('left') && onSide('right')) return { reason: 'both_legs_symptoms' };
  if (qualities.has('shooting_down_leg') || onSide('left') || onSide('right')) {
    return { reason: 'one_leg_radiating' };
  }
  const onlyUpper = areas.size > 0 && [...areas].every((a) => upperBody.includes(a));
  if (nerve && !onlyUpper) return { reason: 'tingling_or_numbness' };
  return null;
}
