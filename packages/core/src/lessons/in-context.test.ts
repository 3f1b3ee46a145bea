import { describe, expect, it } from 'vitest';
import { routines } from '../exercises/routines.js';
import { checkinDriverFields } from '../insights/daily.js';
import { driverLessonId, driverLessonIds } from '../insights/lessons.js';
import { checklistItems } from '../setup/checklists.js';
import { lessonById, lessonFor } from './index.js';

/** Every lesson link of point 3: each `lessonId` must open a real lesson. */
describe('lessons in context', () => {
  it('resolves every lesson an insights driver can link to', () => {
    for (const id of driverLessonIds) expect(lessonById(id), id).toBeDefined();
  });

  it('gives every check-in, day-level, cycle, food, tracker and treatment driver a lesson', () => {
    const drivers = [
      ...checkinDriverFields,
      'bleeding',
      'exerciseSessions',
      'exerciseMinutes',
      'relaxMinutes',
      'breaksTaken',
      'steps',
      'cyclePhase:luteal',
      'food:oily_fish',
      'custom:3f1c',
      'treatment:9a2b',
      'somethingNew',
    ];
    for (const d of drivers) expect(lessonById(driverLessonId(d)), d).toBeDefined();
  });

  it('links the drivers the issue names to the lessons on their topic', () => {
    expect(driverLessonId('sleepHours')).toBe('sleep-pain-loop');
    expect(driverLessonId('hotFlushes')).toBe('menopause-transition');
    expect(driverLessonId('sittingHours')).toBe('posture-and-sitting');
    expect(driverLessonId('breaksTaken')).toBe('movement-breaks');
    expect(driverLessonId('stress')).toBe('stress-mood-and-pain');
    expect(driverLessonId('cyclePhase:premenstrual')).toBe('menopause-transition');
    expect(driverLessonId('relaxMinutes')).toBe('tension-and-mindfulness');
    expect(driverLessonId('treatment:9a2b')).toBe('reading-your-insights');
  });

  it('resolves the lesson of every routine, and every built-in routine has one', () => {
    for (const r of routines) {
      expect(r.lessonId, r.id).toBeDefined();
      expect(lessonById(r.lessonId ?? ''), `${r.id} → ${r.lessonId}`).toBeDefined();
    }
  });

  it('resolves the lesson of every checklist item that has one', () => {
    const linked = checklistItems.filter((i) => i.lessonId !== undefined);
    expect(linked.length).toBeGreaterThanOrEqual(10);
    for (const i of linked) expect(lessonById(i.lessonId ?? ''), `${i.id} → ${i.lessonId}`).toBeDefined();
  });

  it('resolves the triage, desk-check, bone and walking links', () => {
    for (const [where, id] of Object.entries(lessonFor)) expect(lessonById(id), where).toBeDefined();
    expect(lessonFor.triageResult).toBe('warning-signs');
    expect(lessonFor.deskCheckResult).toBe('desk-setup');
  });
});
