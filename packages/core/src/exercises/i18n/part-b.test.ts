import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogueGaps, withTexts } from '../../i18n/catalogue.js';
import { boneExercises } from '../catalogue-bones.js';
import { relaxExercises } from '../catalogue-relax.js';
import { strengthExercises } from '../catalogue-strength.js';
import type { Exercise } from '../types.js';
import { deBones } from './de-bones.js';
import { deRelax } from './de-relax.js';
import { deStrength } from './de-strength.js';
import { esBones } from './es-bones.js';
import { esRelax } from './es-relax.js';
import { esStrength } from './es-strength.js';
import { type ExerciseTexts, exerciseTexts } from './texts.js';

type Translations = Readonly<Record<string, Catalogue<ExerciseTexts>>>;

const parts: [string, readonly Exercise[], Record<'de' | 'es', Translations>][] = [
  ['bones', boneExercises, { de: deBones, es: esBones }],
  ['relax', relaxExercises, { de: deRelax, es: esRelax }],
  ['strength', strengthExercises, { de: deStrength, es: esStrength }],
];

describe.each(parts)('the %s exercises', (_part, english, byLocale) => {
  describe.each(['de', 'es'] as const)('in %s', (locale) => {
    const translations = byLocale[locale];

    it('have a translation for every exercise and none for an exercise that does not exist', () => {
      expect(Object.keys(translations).sort()).toEqual(english.map((e) => e.id).sort());
    });

    it('translate every text of every exercise, lists of the same length', () => {
      for (const exercise of english)
        expect(catalogueGaps(exerciseTexts(exercise), translations[exercise.id]), exercise.id).toEqual([]);
    });

    it('keep the spoken rhythm in English timing, and speak the same words as the cues', () => {
      for (const exercise of english) {
        const translated = translations[exercise.id];
        // What the player reads: the exercise with the translation laid over it.
        expect(
          withTexts(exercise, translated).rhythm?.map((b) => b.seconds),
          exercise.id,
        ).toEqual(exercise.rhythm?.map((b) => b.seconds));
        // Where English speaks a cue as a beat, the translation speaks the same translated cue.
        exercise.rhythm?.forEach((beat, i) => {
          const cue = exercise.cues.indexOf(beat.say);
          if (cue >= 0) expect(translated?.rhythm?.[i]?.say, exercise.id).toBe(translated?.cues[cue]);
        });
      }
    });

    it('change the words, not leave English behind', () => {
      for (const exercise of english) {
        const translated = translations[exercise.id];
        expect(translated?.purpose, exercise.id).not.toBe(exercise.purpose);
        expect(translated?.steps[0], exercise.id).not.toBe(exercise.steps[0]);
      }
    });
  });
});
