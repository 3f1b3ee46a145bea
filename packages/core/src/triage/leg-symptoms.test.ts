import { describe, expect, it } from 'vitest';
import type { BodyArea, PainQuality } from '../checkins/body-areas.js';
import { checkinScreeningPrompt } from './leg-symptoms.js';
import { triage } from './triage.js';

const prompt = (bodyAreas: BodyArea[], painQualities: PainQuality[] = [], scored: BodyArea[] = []) =>
  checkinScreeningPrompt({
    bodyAreas,
    painQualities,
    painByArea: scored.map((area) => ({ area, score: 3 })),
  });

describe('the check-in screening prompt (triage spec leg-symptom keys)', () => {
  it('offers nothing for low back pain that aches', () => {
    expect(prompt(['lower_back_centre'], ['aching', 'stiffness'])).toBeNull();
  });

  it('offers nothing for an old check-in without areas or qualities', () => {
    expect(checkinScreeningPrompt({ bodyAreas: null })).toBeNull();
    expect(checkinScreeningPrompt({})).toBeNull();
  });

  it('reads "shooting down the leg" as one_leg_radiating (S1)', () => {
    expect(prompt(['lower_back_left'], ['shooting_down_leg'])).toEqual({ reason: 'one_leg_radiating' });
  });

  it('reads pain below the knee or in a foot on one side as one_leg_radiating', () => {
    expect(prompt(['below_knee_left'])).toEqual({ reason: 'one_leg_radiating' });
    expect(prompt(['foot_right'])).toEqual({ reason: 'one_leg_radiating' });
  });

  it('reads pain below the knee on both sides as both_legs_symptoms (E2)', () => {
    expect(prompt(['below_knee_left', 'foot_right'])).toEqual({ reason: 'both_legs_symptoms' });
  });

  it('counts an area she only scored, not just one she marked', () => {
    expect(prompt([], [], ['below_knee_right', 'below_knee_left'])).toEqual({ reason: 'both_legs_symptoms' });
  });

  it.each(['pins_and_needles', 'numbness'] as const)(
    'reads %s with low back pain as tingling_or_numbness (S2)',
    (q) => {
      expect(prompt(['lower_back_centre', 'thigh_left'], [q])).toEqual({ reason: 'tingling_or_numbness' });
    },
  );

  it('reads numbness with no area marked as tingling_or_numbness, to be safe', () => {
    expect(prompt([], ['numbness'])).toEqual({ reason: 'tingling_or_numbness' });
  });

  it('does not read tingling as a leg symptom when every area is above the waist', () => {
    expect(prompt(['neck', 'shoulder_left'], ['pins_and_needles'])).toBeNull();
  });

  it('reads numbness with groin pain, or with both buttocks, as saddle_numbness (E1)', () => {
    expect(prompt(['pelvis_groin'], ['numbness'])).toEqual({ reason: 'saddle_numbness' });
    expect(prompt(['buttock_left', 'buttock_right'], ['pins_and_needles'])).toEqual({
      reason: 'saddle_numbness',
    });
  });

  it('reads one buttock with pins and needles down the leg as sciatica-type, not saddle', () => {
    expect(prompt(['buttock_left', 'thigh_left', 'below_knee_left'], ['pins_and_needles'])).toEqual({
      reason: 'one_leg_radiating',
    });
  });

  it('names the most serious reason when several apply', () => {
    expect(
      prompt(['pelvis_groin', 'below_knee_left', 'below_knee_right'], ['numbness', 'shooting_down_leg']),
    ).toEqual({ reason: 'saddle_numbness' });
  });

  it('names only answer keys whose triage level is above self-care', () => {
    for (const reason of [
      'saddle_numbness',
      'both_legs_symptoms',
      'one_leg_radiating',
      'tingling_or_numbness',
    ]) {
      expect(triage({ age: 50, answers: { [reason]: true } }).level).not.toBe('self_care');
    }
  });
});
