import { lessonById, lessons } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { byTopic, linkTarget, searchLessons } from './library';

describe('lesson library helpers', () => {
  it('finds lessons by words from the title, summary or body, every word needed', () => {
    expect(searchLessons(lessons, '').length).toBe(lessons.length);
    expect(searchLessons(lessons, 'PILATES').map((l) => l.id)).toContain('pilates');
    const mattress = searchLessons(lessons, 'medium-firm mattress').map((l) => l.id);
    expect(mattress).toContain('mattress-and-night-pain');
    expect(mattress.length).toBeLessThan(lessons.length);
    // A word only in a lesson's body still finds it.
    const sleep = lessonById('sleep-pain-loop');
    expect(sleep?.title.toLowerCase()).not.toContain('cortisol');
    expect(searchLessons(lessons, 'cortisol').map((l) => l.id)).toContain('sleep-pain-loop');
    expect(searchLessons(lessons, 'zzqx')).toEqual([]);
    // Lessons about the word come before those that only mention it.
    const found = searchLessons(lessons, 'sleep');
    expect(found[0]?.title.toLowerCase()).toContain('sleep');
    expect(found.map((l) => l.id)).toContain('back-pain-usually-eases');
  });

  it('groups every lesson exactly once, by its first topic', () => {
    const groups = byTopic(lessons);
    const ids = groups.flatMap((g) => g.lessons.map((l) => l.id));
    expect(ids.sort()).toEqual(lessons.map((l) => l.id).sort());
    for (const g of groups) for (const l of g.lessons) expect(l.topics[0]).toBe(g.topic);
    expect(new Set(groups.map((g) => g.topic)).size).toBe(groups.length);
    expect(groups[0]?.topic).toBe(lessons[0]?.topics[0]);
  });

  it('maps each kind of "try this" link to a screen of the app', () => {
    expect(linkTarget({ kind: 'routine', id: 'evening-wind-down-10' })).toBe(
      '/move/routines/evening-wind-down-10',
    );
    expect(linkTarget({ kind: 'routine', id: 'not-a-routine' })).toBeNull();
    expect(linkTarget({ kind: 'checklist', id: 'travel' })).toBe('/setup#list-travel');
    expect(linkTarget({ kind: 'lesson', id: 'walking' })).toBe('/learn/walking');
    expect(linkTarget({ kind: 'deskCheck' })).toBe('/desk-check');
    expect(linkTarget({ kind: 'breaks' })).toBe('/breaks');
    for (const l of lessons)
      for (const b of l.body)
        if (b.type === 'try') expect(linkTarget(b.link), `${l.id}: ${b.text}`).not.toBeNull();
  });
});
