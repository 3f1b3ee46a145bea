import { describe, expect, it } from 'vitest';
import { exerciseById } from '../exercises/catalogue.js';
import { routineById } from '../exercises/routines.js';
import type { BoneProfile } from './adapt.js';
import { boneProgrammeDay, boneProgrammeToday, impactCount, programmeWeek } from './bone-health.js';

const ruth: BoneProfile = { boneHealth: 'osteopenia', vertebralFracture: 'no' };
const spine: BoneProfile = { boneHealth: 'osteoporosis', vertebralFracture: 'yes' };
const weeks = Array.from({ length: 12 }, (_, i) => i + 1);
const days = [0, 1, 2, 3, 4, 5, 6];
const kindsOn = (p: BoneProfile, week: number, day: number) =>
  boneProgrammeDay(p, week, day).map((b) => b.kind);
const daysWith = (p: BoneProfile, week: number, kind: string) =>
  days.filter((d) => kindsOn(p, week, d).includes(kind as never)).length;

describe('the 12-week bone programme', () => {
  it('counts weeks 1–12 from the start day and nothing outside them', () => {
    expect(programmeWeek('2026-03-02', '2026-03-02')).toBe(1);
    expect(programmeWeek('2026-03-02', '2026-03-08')).toBe(1);
    expect(programmeWeek('2026-03-02', '2026-03-09')).toBe(2);
    expect(programmeWeek('2026-03-02', '2026-05-24')).toBe(12);
    expect(programmeWeek('2026-03-02', '2026-05-25')).toBeNull();
    expect(programmeWeek('2026-03-02', '2026-03-01')).toBeNull();
    expect(programmeWeek('2026-03-02', '2026-02-30')).toBeNull();
  });

  it('has strength on 2 days a week for 4 weeks, then 3', () => {
    expect(weeks.map((w) => daysWith(ruth, w, 'strength'))).toEqual([2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
  });

  it('has balance every day and posture or strength every day', () => {
    for (const w of weeks) {
      expect(daysWith(ruth, w, 'balance')).toBe(7);
      for (const d of days)
        expect(kindsOn(ruth, w, d).some((k) => k === 'strength' || k === 'posture')).toBe(true);
    }
  });

  it('has impact on most days (5 of 7) when allowed, and never walking then', () => {
    for (const w of weeks) {
      expect(daysWith(ruth, w, 'impact')).toBe(5);
      expect(daysWith(ruth, w, 'walking')).toBe(0);
    }
  });

  it('climbs the impact ladder from heel drops to hops, reaching about 50 impacts', () => {
    const first = (w: number) => boneProgrammeDay(ruth, w, 0).find((b) => b.kind === 'impact');
    expect(first(1)?.items[0]?.exerciseId).toBe('heel-drop');
    expect(first(3)?.items[0]?.exerciseId).toBe('stamping');
    expect(first(5)?.items[0]?.exerciseId).toBe('marching-on-the-spot');
    expect(first(9)?.items[0]?.exerciseId).toBe('low-jump');
    expect(first(12)?.items[0]?.exerciseId).toBe('hop');
    const counts = weeks.map((w) => impactCount(first(w)?.items ?? []));
    expect(counts[0]).toBe(20);
    for (let i = 1; i < counts.length; i++)
      expect(counts[i]).toBeGreaterThanOrEqual((counts[i - 1] as number) - 2);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(48);
    expect(Math.max(...counts)).toBeLessThanOrEqual(60);
  });

  it('with a spinal fracture: no impact exercise on any day, walking instead with the reason, posture daily', () => {
    for (const w of weeks)
      for (const d of days) {
        const blocks = boneProgrammeDay(spine, w, d);
        expect(blocks.map((b) => b.kind)).not.toContain('impact');
        for (const b of blocks)
          for (const i of b.items) expect(exerciseById(i.exerciseId)?.tags).not.toContain('impact');
        expect(blocks.map((b) => b.kind)).toContain('posture');
      }
    const walk = boneProgrammeDay(spine, 1, 0).find((b) => b.kind === 'walking');
    expect(walk?.routineId).toBe('walking');
    expect(walk?.why).toMatch(/broken bone in your spine/);
  });

  it('walks the walking plan’s minutes instead of impact, by the date', () => {
    const today = boneProgrammeToday(spine, '2026-03-02', '2026-03-02');
    expect(today.blocks.find((b) => b.kind === 'walking')?.items[0]?.seconds).toBe(10 * 60);
  });

  it('plays only bone-safe catalogue exercises and names routines sessions accept', () => {
    for (const p of [ruth, spine, {}])
      for (const w of weeks)
        for (const d of days)
          for (const b of boneProgrammeDay(p, w, d)) {
            expect(b.routineId === 'walking' || routineById(b.routineId) !== undefined).toBe(true);
            expect(b.why.length).toBeGreaterThan(20);
            for (const i of b.items) expect(exerciseById(i.exerciseId)?.boneSafe, i.exerciseId).toBe(true);
          }
  });

  it('uses her progression loads on strength days, else body weight and the lightest band', () => {
    const start = boneProgrammeDay(ruth, 1, 0).find((b) => b.kind === 'strength');
    expect(start?.items.find((i) => i.exerciseId === 'band-row')?.load).toEqual({ band: 'yellow' });
    expect(start?.items.find((i) => i.exerciseId === 'sit-to-stand')?.load).toEqual({ bodyweight: true });
    const loads = new Map([['sit-to-stand', { loadKg: 4 }]]);
    const later = boneProgrammeDay(ruth, 6, 0, { loads }).find((b) => b.kind === 'strength');
    expect(later?.items.find((i) => i.exerciseId === 'sit-to-stand')?.load).toEqual({ loadKg: 4 });
    expect(later?.items.map((i) => i.sets)).toEqual(Array(7).fill(3));
  });

  it('has nothing outside the 12 weeks', () => {
    expect(boneProgrammeToday(ruth, '2026-03-02', '2026-06-01')).toEqual({ week: null, blocks: [] });
  });
});
