import { describe, expect, it } from 'vitest';
import { adaptBoneProgramme, type BoneProfile } from './adapt.js';

const offered = (p: BoneProfile) =>
  adaptBoneProgramme(p)
    .kinds.filter((k) => k.offered)
    .map((k) => k.kind);

describe('which kinds of work the bone programme offers', () => {
  it('offers strength, impact, balance and posture with no bone facts at all', () => {
    expect(offered({})).toEqual(['strength', 'impact', 'balance', 'posture']);
    expect(adaptBoneProgramme({}).adaptations).toEqual([]);
  });

  it('offers impact with osteopenia and no fracture (Ruth)', () => {
    const a = adaptBoneProgramme({
      boneHealth: 'osteopenia',
      vertebralFracture: 'no',
      fractureAfter50: false,
    });
    expect(a.impact).toBe(true);
    expect(a.adaptations).toEqual([expect.stringContaining('no bending forward or twisting under load')]);
  });

  it('offers no impact with a spinal fracture, even with a clinician’s OK, and says walking instead', () => {
    const a = adaptBoneProgramme({ vertebralFracture: 'yes', clinicianClearedImpact: true });
    expect(a.impactBlock).toBe('vertebral_fracture');
    expect(offered({ vertebralFracture: 'yes', clinicianClearedImpact: true })).toEqual([
      'strength',
      'walking',
      'balance',
      'posture',
    ]);
    expect(a.adaptations[0]).toBe(
      'No impact work: you told us about a broken bone in your spine, so low-impact walking instead.',
    );
    expect(a.kinds.find((k) => k.kind === 'impact')?.reason).toBe(a.adaptations[0]);
  });

  it('offers no impact after a fracture in the last year, even with a clinician’s OK', () => {
    expect(adaptBoneProgramme({ fractureLastYear: true, clinicianClearedImpact: true }).impactBlock).toBe(
      'recent_fracture',
    );
  });

  it('waits for a clinician’s OK with osteoporosis, then offers impact and says why', () => {
    expect(adaptBoneProgramme({ boneHealth: 'osteoporosis' }).impactBlock).toBe('osteoporosis_not_cleared');
    expect(adaptBoneProgramme({ boneHealth: 'osteoporosis', clinicianClearedImpact: false }).impact).toBe(
      false,
    );
    const cleared = adaptBoneProgramme({ boneHealth: 'osteoporosis', clinicianClearedImpact: true });
    expect(cleared.impact).toBe(true);
    expect(cleared.adaptations[0]).toMatch(/your clinician said it is fine/);
  });

  it('waits for a clinician’s OK after a fracture after 50, or when unsure about a spinal fracture', () => {
    expect(adaptBoneProgramme({ fractureAfter50: true }).impactBlock).toBe('fracture_after_50_not_cleared');
    expect(adaptBoneProgramme({ vertebralFracture: 'unknown' }).impactBlock).toBe(
      'vertebral_fracture_unknown',
    );
    expect(adaptBoneProgramme({ fractureAfter50: true, clinicianClearedImpact: true }).impact).toBe(true);
    expect(adaptBoneProgramme({ vertebralFracture: 'unknown', clinicianClearedImpact: true }).impact).toBe(
      true,
    );
  });

  it('names the first reason that applies when several do', () => {
    const a = adaptBoneProgramme({
      boneHealth: 'osteoporosis',
      vertebralFracture: 'yes',
      fractureLastYear: true,
    });
    expect(a.impactBlock).toBe('vertebral_fracture');
    expect(a.adaptations.filter((t) => t.startsWith('No impact'))).toHaveLength(1);
  });

  it('adds daily posture work after a spinal fracture', () => {
    expect(adaptBoneProgramme({ vertebralFracture: 'yes' }).adaptations).toContain(
      'Back-extensor and posture work every day, as advised after a spinal fracture.',
    );
  });

  it('offers impact for every combination only when none of the blocking facts holds', () => {
    const answers = {
      boneHealth: [undefined, 'normal', 'osteopenia', 'osteoporosis'] as const,
      vertebralFracture: [undefined, 'no', 'yes', 'unknown'] as const,
      fractureAfter50: [undefined, false, true] as const,
      fractureLastYear: [undefined, false, true] as const,
      clinicianClearedImpact: [undefined, false, true] as const,
    };
    for (const boneHealth of answers.boneHealth)
      for (const vertebralFracture of answers.vertebralFracture)
        for (const fractureAfter50 of answers.fractureAfter50)
          for (const fractureLastYear of answers.fractureLastYear)
            for (const clinicianClearedImpact of answers.clinicianClearedImpact) {
              const p = {
                boneHealth,
                vertebralFracture,
                fractureAfter50,
                fractureLastYear,
                clinicianClearedImpact,
              };
              const cleared = clinicianClearedImpact === true;
              const expected =
                vertebralFracture !== 'yes' &&
                fractureLastYear !== true &&
                (cleared ||
                  (boneHealth !== 'osteoporosis' &&
                    fractureAfter50 !== true &&
                    vertebralFracture !== 'unknown'));
              const a = adaptBoneProgramme(p);
              expect(a.impact, JSON.stringify(p)).toBe(expected);
              expect(a.kinds.find((k) => k.kind === 'walking')?.offered).toBe(!expected);
              if (!expected) expect(a.adaptations[0]).toMatch(/^No impact work/);
            }
  });
});
