import { describe, expect, it } from 'vitest';
import { type CatalogueGap, catalogueGaps } from '../../i18n/catalogue.js';
import { boneCaution, boneNoteIn, routineForBones } from '../bones.js';
import { exercises } from '../catalogue.js';
import { boneExercises } from '../catalogue-bones.js';
import { coreExercises } from '../catalogue-core.js';
import { deskExercises } from '../catalogue-desk.js';
import { mobilityExercises } from '../catalogue-mobility.js';
import { relaxExercises } from '../catalogue-relax.js';
import { strengthExercises } from '../catalogue-strength.js';
import { walkBreatheExercises } from '../catalogue-walk-breathe.js';
import { progressionAdvice } from '../progression.js';
import { catalogueLibrary } from '../refs.js';
import { routines } from '../routines.js';
import { boneRoutines } from '../routines-bones.js';
import { exerciseSchema, routineSchema } from '../schema.js';
import { walkingPlan } from '../walking-plan.js';
import { deBones } from './de-bones.js';
import { deCore } from './de-core.js';
import { deDesk } from './de-desk.js';
import { deMobility } from './de-mobility.js';
import { deRelax } from './de-relax.js';
import { deRoutines } from './de-routines.js';
import { deStrength } from './de-strength.js';
import { deWalkBreathe } from './de-walk-breathe.js';
import { deWalking } from './de-walking.js';
import { en } from './en.js';
import { esBones } from './es-bones.js';
import { esCore } from './es-core.js';
import { esDesk } from './es-desk.js';
import { esMobility } from './es-mobility.js';
import { esRelax } from './es-relax.js';
import { esRoutines } from './es-routines.js';
import { esStrength } from './es-strength.js';
import { esWalkBreathe } from './es-walk-breathe.js';
import { esWalking } from './es-walking.js';
import { exerciseIn, exercisesIn, routineIn, routinesIn, walkingPlanIn } from './index.js';
import { loadLibrary } from './load.js';
import { de as messagesDe } from './messages-de.js';
import { es as messagesEs } from './messages-es.js';
import { exerciseTexts, routineTexts, walkingWeekTexts } from './texts.js';

const BONE_NOTE = boneNoteIn('en');

/** What a translation of these English entries lacks or adds: ids, then the gaps of each entry. */
function gaps<E extends { id: string | number }>(
  english: readonly E[],
  texts: (e: E) => unknown,
  translation: Readonly<Record<string, unknown>>,
): (CatalogueGap | string)[] {
  const ids = new Set(english.map((e) => String(e.id)));
  return [
    ...english.flatMap((e): (CatalogueGap | string)[] =>
      String(e.id) in translation
        ? catalogueGaps(texts(e), translation[String(e.id)]).map((g) => ({ ...g, path: `${e.id}.${g.path}` }))
        : [`missing ${e.id}`],
    ),
    ...Object.keys(translation).flatMap((id) => (ids.has(id) ? [] : [`extra ${id}`])),
  ];
}

const weeks = walkingPlan.map((w) => ({ ...w, id: w.week }));

describe.each([
  {
    locale: 'de',
    files: { deMobility, deCore, deStrength, deDesk, deWalkBreathe, deRelax, deBones },
    routines: deRoutines,
    walking: deWalking,
  },
  {
    locale: 'es',
    files: { esMobility, esCore, esStrength, esDesk, esWalkBreathe, esRelax, esBones },
    routines: esRoutines,
    walking: esWalking,
  },
])('the exercise library in $locale', ({ files, routines: routineTranslation, walking }) => {
  const english = [
    mobilityExercises,
    coreExercises,
    strengthExercises,
    deskExercises,
    walkBreatheExercises,
    relaxExercises,
    boneExercises,
  ];
  it.each(
    Object.entries(files).map(([name, translation], i) => ({ name, translation, english: english[i] })),
  )(
    '$name translates every exercise of its catalogue file, completely',
    ({ translation, english: entries }) => {
      expect(gaps(entries ?? [], exerciseTexts, translation)).toEqual([]);
    },
  );

  it('translates every built-in routine (the relaxation and bone ones too), completely', () => {
    expect(gaps([...routines, ...boneRoutines], routineTexts, routineTranslation)).toEqual([]);
  });

  it("translates every week's note of the walking plan", () => {
    expect(gaps(weeks, walkingWeekTexts, walking)).toEqual([]);
  });
});

describe('the library in a language', () => {
  it('changes texts only: ids, doses, drawings, bone safety and routine items stay', () => {
    const german = exercisesIn('de');
    expect(german.map((e) => e.id)).toEqual(exercises.map((e) => e.id));
    german.forEach((e, i) => {
      const { name, purpose, steps, cues, mistakes, cautions, alt, rhythm, ...rest } = e;
      const {
        name: _n,
        purpose: _p,
        steps: _s,
        cues: _c,
        mistakes: _m,
        cautions: _ca,
        alt: _a,
        rhythm: _r,
        ...englishRest
      } = exercises[i] as (typeof exercises)[number];
      expect(rest).toEqual(englishRest);
    });
    expect(routinesIn('es').map((r) => [r.id, r.items, r.evidence?.sources])).toEqual(
      routines.map((r) => [r.id, r.items, r.evidence?.sources]),
    );
  });

  it('answers English as written, and German and Spanish where translated', () => {
    expect(exerciseIn('pelvic-tilt', 'en')?.name).toBe('Pelvic tilt');
    expect(exercisesIn('en')).toBe(exercisesIn('en'));
    expect(routineIn('morning-5', 'en')?.name).toBe('Morning mobility');
    expect(exerciseIn('pelvic-tilt', 'de')?.name).toBe('Becken kippen');
    expect(exerciseIn('pelvic-tilt', 'es')?.cues[1]).toBe('Suelta el aire al bascular');
    expect(routineIn('bone-balance', 'de')?.name).toBe('Knochen: Gleichgewicht');
    expect(routineIn('relax-breathing-5', 'es')?.evidence?.reason).toMatch(/^Estudios pequeños/);
    expect(exerciseIn('nope', 'de')).toBeUndefined();
    expect(walkingPlanIn('es')[7]).toMatchObject({
      week: 8,
      minutesPerDay: 30,
      note: expect.stringMatching(/^Treinta/),
    });
  });

  it.each(['de', 'es'] as const)('keeps every %s text within the lengths the catalogue allows', (locale) => {
    const problems = [
      ...exercisesIn(locale).flatMap(
        (e) =>
          exerciseSchema.safeParse(e).error?.issues.map((i) => `${e.id}.${i.path.join('.')}: ${i.message}`) ??
          [],
      ),
      ...[...routinesIn(locale), ...boneRoutines.map((r) => routineIn(r.id, locale))].flatMap(
        (r) =>
          routineSchema.safeParse(r).error?.issues.map((i) => `${r?.id}.${i.path.join('.')}: ${i.message}`) ??
          [],
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('loads one language on demand with the same result', async () => {
    const loaded = await loadLibrary('de');
    expect(loaded.exercises).toEqual(exercisesIn('de'));
    expect(loaded.routineById('strength-a')).toEqual(routineIn('strength-a', 'de'));
  });
});

describe("the exercise rules' sentences", () => {
  it.each([
    ['de', messagesDe],
    ['es', messagesEs],
  ] as const)('are complete in %s', (_locale, messages) => {
    expect(catalogueGaps(en, messages)).toEqual([]);
  });

  it('write the bone note and caution in her language, English unchanged', () => {
    expect(BONE_NOTE).toMatch(/^Your profile says osteoporosis or osteopenia.*Br J Sports Med 2022\)\.$/);
    expect(boneNoteIn('de')).toMatch(/^In deinem Profil steht Osteoporose.*Br J Sports Med 2022\)\.$/);
    const routine = { items: [{ exerciseId: 'cat-cow' }, { exerciseId: 'seated-twist' }] };
    const fragile = { boneHealth: 'osteoporosis' } as const;
    expect(boneCaution(routine, fragile)).toMatch(
      /^This routine includes Cat–cow, Seated twist, .* doing them\.$/,
    );
    expect(
      boneCaution({ items: [routine.items[0] as { exerciseId: string }] }, fragile, {
        locale: 'es',
        nameOf: (id) => exerciseIn(id, 'es')?.name,
      }),
    ).toMatch(/^Esta rutina incluye Gato–vaca, que se suele evitar .* antes de hacerlo\.$/);
    expect(routineForBones(routine, fragile, 'de').note).toBe(boneNoteIn('de'));
  });

  it('give progression advice in her language', () => {
    const sore = {
      routineId: 'morning-5',
      startedAt: '2026-03-02T08:00:00+01:00',
      localDate: '2026-03-02',
      painBefore: 3,
      painAfter: 7,
      rating: 'about_right',
    } as const;
    const [english] = progressionAdvice([sore], [], catalogueLibrary);
    const [german] = progressionAdvice([sore], [], catalogueLibrary, { locale: 'de' });
    expect(english?.reason).toMatch(/^Pain after your last session was 7\/10/);
    expect(german).toMatchObject({
      ...english,
      reason: expect.stringMatching(/^Nach deiner letzten Einheit .* 7\/10/),
    });
  });
});
