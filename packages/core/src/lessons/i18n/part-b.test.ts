import { describe, expect, it } from 'vitest';
import { catalogueGaps, withTexts } from '../../i18n/catalogue.js';
import { reasonLabels, triageAdvice } from '../../triage/advice.js';
import { movementLessons } from '../lessons-movement.js';
import { moreMovementLessons } from '../lessons-movement-more.js';
import { sleepMoodLessons } from '../lessons-sleep-mood.js';
import { therapyLessons } from '../lessons-therapies.js';
import { warningSignsLesson } from '../lessons-warning-signs.js';
import { type Lesson, lessonSchema } from '../schema.js';
import { deMovement } from './de-movement.js';
import { deMovementMore } from './de-movement-more.js';
import { deSleepMood } from './de-sleep-mood.js';
import { deTherapies } from './de-therapies.js';
import { deWarningSigns, deWarningSignsWords } from './de-warning-signs.js';
import { enWarningSignsWords } from './en-warning-signs.js';
import { esMovement } from './es-movement.js';
import { esMovementMore } from './es-movement-more.js';
import { esSleepMood } from './es-sleep-mood.js';
import { esTherapies } from './es-therapies.js';
import { esWarningSigns, esWarningSignsWords } from './es-warning-signs.js';
import { lessonTextsOf } from './texts.js';
import { warningSignsTexts } from './warning-signs-texts.js';

type Translations = Readonly<Record<string, unknown>>;

/** Whole numbers in a text, so a translation keeps every figure ("6 weeks" → "6 Wochen"). */
const numbersIn = (texts: unknown): string[] => (JSON.stringify(texts).match(/\d+/g) ?? []).sort();

/** Part B of the lessons: each English lesson file and its German and Spanish translations. */
const parts: { file: string; english: readonly Lesson[]; de: Translations; es: Translations }[] = [
  { file: 'movement', english: movementLessons, de: deMovement, es: esMovement },
  { file: 'movement-more', english: moreMovementLessons, de: deMovementMore, es: esMovementMore },
  { file: 'sleep-mood', english: sleepMoodLessons, de: deSleepMood, es: esSleepMood },
  { file: 'therapies', english: therapyLessons, de: deTherapies, es: esTherapies },
  { file: 'warning-signs', english: [warningSignsLesson], de: deWarningSigns, es: esWarningSigns },
];

describe.each(['de', 'es'] as const)('lessons part B in %s', (locale) => {
  describe.each(parts)('lessons-$file', (part) => {
    const translations = part[locale];

    it('translates every lesson of the file and no other', () => {
      expect(Object.keys(translations).sort()).toEqual(part.english.map((l) => l.id).sort());
    });

    it.each(part.english.map((l) => [l.id, l] as const))('%s has every text English has', (id, lesson) => {
      expect(catalogueGaps(lessonTextsOf(lesson), translations[id])).toEqual([]);
    });

    it.each(part.english.map((l) => [l.id, l] as const))('%s is still a valid lesson', (id, lesson) => {
      const translated = withTexts(lesson, translations[id]);
      const parsed = lessonSchema.safeParse(translated);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(translated.body.map((b) => b.type)).toEqual(lesson.body.map((b) => b.type));
    });

    it.each(part.english.map((l) => [l.id, l] as const))('%s keeps every number', (id, lesson) => {
      expect(numbersIn(translations[id])).toEqual(numbersIn(lessonTextsOf(lesson)));
    });

    it.each(part.english.map((l) => [l.id, l] as const))('%s is not left in English', (id, lesson) => {
      const english = lessonTextsOf(lesson);
      const translated = translations[id] as typeof english;
      expect(translated.summary).not.toBe(english.summary);
      expect(translated.gradeReason).not.toBe(english.gradeReason);
      translated.body.forEach((block, i) => {
        expect(block, `body.${i}`).not.toEqual(english.body[i]);
      });
    });
  });
});

describe('the warning-signs lesson', () => {
  it('is built from its English words exactly as lessons-warning-signs.ts builds it', () => {
    const english = warningSignsTexts(enWarningSignsWords, {
      reasonLabels,
      advice: triageAdvice,
      lowerInside: true,
    });
    expect(english).toEqual(lessonTextsOf(warningSignsLesson));
  });

  it.each([
    ['de', deWarningSignsWords],
    ['es', esWarningSignsWords],
  ] as const)('has every word of its own file in %s, with the same placeholders', (_, words) => {
    expect(catalogueGaps(enWarningSignsWords, words)).toEqual([]);
  });
});
