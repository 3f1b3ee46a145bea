import { describe, expect, it } from 'vitest';
import { lessons } from './index.js';
import { chooseTodayLesson, type TodayLessonInput } from './today.js';

const today = '2026-03-14';
const base: TodayLessonInput = { today, read: new Set(), checkins: [], screenings: [], boneHealth: null };
const choose = (over: Partial<TodayLessonInput>) => chooseTodayLesson(lessons, { ...base, ...over });
const sleepOn = (dates: string[], hours: number) =>
  dates.map((localDate) => ({ localDate, sleepHours: hours }));
const flushOn = (dates: string[]) => dates.map((localDate) => ({ localDate, hotFlushes: 4 }));

describe("today's lesson", () => {
  it('without any data, offers the first lesson in library order, then the next unread one', () => {
    expect(choose({}).lesson?.id).toBe(lessons[0]?.id);
    const first = lessons[0]?.id ?? '';
    expect(choose({ read: new Set([first]) }).lesson?.id).toBe(lessons[1]?.id);
    expect(choose({}).reason).toMatch(/not read yet/);
  });

  it('answers no lesson once every lesson is read', () => {
    const all = choose({ read: new Set(lessons.map((l) => l.id)) });
    expect(all.lesson).toBeNull();
    expect(all.reason).toMatch(/every lesson/);
  });

  it('offers the sleep lesson after 3 short nights this week, counting each night once', () => {
    const pick = choose({ checkins: sleepOn(['2026-03-10', '2026-03-12', '2026-03-14'], 5.5) });
    expect(pick.lesson?.id).toBe('sleep-pain-loop');
    expect(pick.reason).toBe('You slept less than 6 hours on 3 nights this week.');
    // Two check-ins on one day are one night; a night 8 days ago is not this week; 6 hours is not short.
    const two = choose({
      checkins: [...sleepOn(['2026-03-10', '2026-03-10', '2026-03-06'], 5), ...sleepOn(['2026-03-12'], 6)],
    });
    expect(two.lesson?.id).not.toBe('sleep-pain-loop');
  });

  it('offers bone health for osteopenia or osteoporosis, not for normal bones', () => {
    expect(choose({ boneHealth: 'osteopenia' })).toMatchObject({
      lesson: { id: 'bone-health' },
      reason: 'Your profile mentions osteopenia.',
    });
    expect(choose({ boneHealth: 'osteoporosis' }).lesson?.id).toBe('bone-health');
    expect(choose({ boneHealth: 'normal' }).lesson?.id).toBe(lessons[0]?.id);
  });

  it('offers warning signs after an urgent or emergency safety check in the last 14 days', () => {
    expect(choose({ screenings: [{ localDate: '2026-03-01', level: 'urgent' }] }).lesson?.id).toBe(
      'warning-signs',
    );
    expect(choose({ screenings: [{ localDate: '2026-02-28', level: 'emergency' }] }).lesson?.id).not.toBe(
      'warning-signs',
    );
    expect(choose({ screenings: [{ localDate: today, level: 'self_care' }] }).lesson?.id).not.toBe(
      'warning-signs',
    );
  });

  it('offers the menopause lesson after hot flashes on 3 days this week', () => {
    const pick = choose({ checkins: flushOn(['2026-03-08', '2026-03-11', '2026-03-13']) });
    expect(pick).toMatchObject({
      lesson: { id: 'menopause-transition' },
      reason: 'You logged hot flashes on 3 days this week.',
    });
    expect(choose({ checkins: flushOn(['2026-03-11', '2026-03-13']) }).lesson?.id).not.toBe(
      'menopause-transition',
    );
  });

  it('puts safety first, and skips a rule whose lesson she has read', () => {
    const everything: Partial<TodayLessonInput> = {
      screenings: [{ localDate: today, level: 'emergency' }],
      checkins: [
        ...sleepOn(['2026-03-10', '2026-03-11', '2026-03-12'], 4),
        ...flushOn(['2026-03-10', '2026-03-11', '2026-03-12']),
      ],
      boneHealth: 'osteoporosis',
    };
    const order = ['warning-signs', 'sleep-pain-loop', 'bone-health', 'menopause-transition'];
    const read = new Set<string>();
    for (const id of order) {
      expect(choose({ ...everything, read }).lesson?.id).toBe(id);
      read.add(id);
    }
    const after = choose({ ...everything, read });
    expect(after.lesson && read.has(after.lesson.id)).toBe(false);
  });
});
