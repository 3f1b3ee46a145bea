import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { lessons } from '../index.js';
import { lessonSchema } from '../schema.js';
import { chooseTodayLesson } from '../today.js';
import { deLessons } from './de.js';
import { esLessons } from './es.js';
import { lessonIn, lessonsIn, lessonsLoaded, localizeLessons } from './index.js';
import { type LessonCatalogue, lessonTextsOf } from './texts.js';
import { todayDe } from './today-de.js';
import { todayEn } from './today-en.js';
import { todayEs } from './today-es.js';

const languages: [string, LessonCatalogue][] = [
  ['de', deLessons],
  ['es', esLessons],
];

/** Whole numbers in a text, so a translation keeps every figure ("6 weeks" → "6 Wochen"). */
const numbersIn = (texts: unknown): string[] => (JSON.stringify(texts).match(/\d+/g) ?? []).sort();

describe.each(languages)('lessons in %s', (_language, catalogue) => {
  it('translates every lesson of the library, and nothing else', () => {
    expect(Object.keys(catalogue).sort()).toEqual(lessons.map((l) => l.id).sort());
  });

  it.each(lessons.map((l) => [l.id, l] as const))(
    '%s: the same texts as English, none missing or empty',
    (id, lesson) => {
      expect(catalogueGaps(lessonTextsOf(lesson), catalogue[id])).toEqual([]);
    },
  );

  it.each(lessons.map((l) => [l.id, l] as const))(
    '%s: a translation, not a copy, keeping every number',
    (id, lesson) => {
      const texts = catalogue[id];
      expect(texts?.summary).not.toBe(lesson.summary);
      expect(numbersIn(texts)).toEqual(numbersIn(lessonTextsOf(lesson)));
    },
  );

  it('keeps every lesson valid (one-sentence summary, one-line titles, lengths) and its ids, links and sources', () => {
    for (const lesson of localizeLessons(lessons, catalogue)) {
      const issues = lessonSchema.safeParse(lesson).error?.issues ?? [];
      expect({ id: lesson.id, issues }).toEqual({ id: lesson.id, issues: [] });
      const english = lessons.find((l) => l.id === lesson.id);
      expect(lesson.sources).toEqual(english?.sources);
      expect(lesson.body.map((b) => (b.type === 'try' ? b.link : b.type))).toEqual(
        english?.body.map((b) => (b.type === 'try' ? b.link : b.type)),
      );
      expect([lesson.grade, lesson.minutes, lesson.topics]).toEqual([
        english?.grade,
        english?.minutes,
        english?.topics,
      ]);
    }
  });
});

describe('lessonsIn', () => {
  it('answers the English library as it is', async () => {
    expect(await lessonsIn('en')).toBe(lessons);
    expect(lessonsLoaded('en')).toBe(lessons);
  });

  it('loads a language once, in reading order, with its texts over the English', async () => {
    const de = await lessonsIn('de');
    expect(de.map((l) => l.id)).toEqual(lessons.map((l) => l.id));
    expect(await lessonsIn('de')).toBe(de);
    expect(lessonsLoaded('de')).toBe(de);
    const walking = await lessonIn('bone-health', 'es');
    expect(walking?.title).toBe(esLessons['bone-health']?.title);
    expect(await lessonIn('no-such-lesson', 'de')).toBeUndefined();
  });
});

describe("today's lesson reasons", () => {
  it('have every English message in German and Spanish', () => {
    expect(catalogueGaps(todayEn, todayDe)).toEqual([]);
    expect(catalogueGaps(todayEn, todayEs)).toEqual([]);
  });

  it('are written in her language, with the counts in the sentence', () => {
    const input = {
      today: '2026-03-14',
      read: new Set<string>(),
      checkins: ['2026-03-10', '2026-03-12', '2026-03-13'].map((localDate) => ({ localDate, sleepHours: 5 })),
      screenings: [],
      boneHealth: 'osteoporosis',
    };
    expect(chooseTodayLesson(lessons, input, 'de').reason).toBe(
      'Du hast diese Woche in 3 Nächten weniger als 6 Stunden geschlafen.',
    );
    expect(chooseTodayLesson(lessons, input, 'es').reason).toBe(
      'Esta semana dormiste menos de 6 horas 3 noches.',
    );
    const bones = { ...input, read: new Set(['sleep-pain-loop']) };
    expect(chooseTodayLesson(lessons, bones, 'de').reason).toBe('In deinem Profil steht Osteoporose.');
    expect(chooseTodayLesson(lessons, bones).reason).toBe('Your profile mentions osteoporosis.');
  });
});
