import { describe, expect, it } from 'vitest';
import { routineById } from '../exercises/routines.js';
import { checklistIds } from '../setup/checklists.js';
import { reasonLabels, triageAdvice } from '../triage/advice.js';
import { triageRules } from '../triage/rules.js';
import { triageAnswerKeys } from '../triage/schema.js';
import { lessonById, lessons } from './index.js';
import { signsOnTheirOwn, signsTogether } from './lessons-warning-signs.js';
import {
  type Lesson,
  type LessonLink,
  lessonSchema,
  lessonTexts,
  lessonTopics,
  lessonWords,
  readingMinutes,
} from './schema.js';

/** Every piece of text in a lesson, including title, grade reason and "try this" lines. */
const allText = (l: Lesson) => [l.title, l.gradeReason, ...lessonTexts(l)].join('\n');

/** A number with a unit of a substance: 400 mg, 1,000 IU, 2.5 µg, 10 ml, 5 grams. */
const DOSE =
  /\d(?:[\d.,]*\d)?\s*(?:mg|milligrams?|µg|μg|mcg|micrograms?|ug|iu|i\.u\.|international units?|ml|millilit(?:re|er)s?|g|grams?)\b/i;
/** Units of medicines and supplements on their own, with or without a number. */
const DOSE_UNIT = /\b(?:mg|mcg|iu|milligrams?|micrograms?|international units?)\b|[µμ]g\b/i;
/** Telling her what she has: "you have …", "you've got …", "you are suffering from …". */
const DIAGNOSIS =
  /\byou(?:\s+have|['’]ve|\s+are\s+suffering|['’]re\s+suffering|\s+(?:definitely|probably|clearly)\s+have)\b/i;
/** Named medicines: lessons never name one (HRT is discussed as a kind of treatment, without products). */
const MEDICINES =
  /\b(?:ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|codeine|tramadol|diclofenac|amitriptyline|gabapentin|pregabalin|duloxetine|estradiol|progesterone|cholecalciferol|colecalciferol)\b/i;
/** The app's copy is British English (names of American bodies keep their spelling). */
const AMERICAN =
  /\b(?:color|(?<!National )center|program|behavior|favorite|analyze|recognize|organize|fiber|liter|meter|pediatric|estrogen-free)\b/i;

describe('the dose, diagnosis and medicine patterns catch what they must', () => {
  it.each(['take 1000 mg a day', '1,000 IU daily', '2.5 µg', '10ml twice', '5 grams of turmeric'])(
    'dose: %s',
    (s) => {
      expect(DOSE.test(s)).toBe(true);
    },
  );
  it.each(['ask about the mg', 'a few IU', 'micrograms'])('unit alone: %s', (s) => {
    expect(DOSE_UNIT.test(s)).toBe(true);
  });
  it.each([
    'You have a slipped disc.',
    "you've got sciatica",
    'You are suffering from osteoporosis',
    'you probably have arthritis',
  ])('diagnosis: %s', (s) => {
    expect(DIAGNOSIS.test(s)).toBe(true);
  });
  it.each([
    '6 weeks',
    'about 2 out of 10',
    'a 2024 review',
    'over two thousand people',
    'if you do not have time',
    'Strength A',
  ])('allows ordinary text: %s', (s) => {
    expect(DOSE.test(s) || DOSE_UNIT.test(s) || DIAGNOSIS.test(s)).toBe(false);
  });
});

describe('lessons', () => {
  it('has at least 30 lessons with unique ids', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(30);
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(lessonById(id)?.id).toBe(id);
    expect(lessonById('no-such-lesson')).toBeUndefined();
  });

  it.each(lessons.map((l) => [l.id, l] as const))('%s validates against the schema', (_id, lesson) => {
    expect(lessonSchema.parse(lesson)).toEqual(lesson);
  });

  it('rejects a lesson with an unknown field, a two-sentence summary or no source', () => {
    const good = lessons[0] as Lesson;
    expect(lessonSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...good, summary: 'One. Two.' }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...good, sources: [] }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...good, minutes: 7 }).success).toBe(false);
  });

  it('states a reading time within a minute of its word count at 200 words a minute, 2–5 minutes of real text', () => {
    for (const lesson of lessons) {
      const words = lessonWords(lesson);
      expect(
        Math.abs(lesson.minutes - readingMinutes(lesson)),
        `${lesson.id}: ${words} words`,
      ).toBeLessThanOrEqual(1);
      expect(words, lesson.id).toBeGreaterThanOrEqual(250);
      expect(words, lesson.id).toBeLessThanOrEqual(1100);
    }
  });

  it('links "try this" only to things that exist', () => {
    const resolves = (link: LessonLink): boolean => {
      switch (link.kind) {
        case 'routine':
          return routineById(link.id) !== undefined;
        case 'checklist':
          return (checklistIds as readonly string[]).includes(link.id);
        case 'lesson':
          return lessonById(link.id) !== undefined;
        case 'deskCheck':
        case 'breaks':
          return true;
      }
    };
    let links = 0;
    for (const lesson of lessons) {
      const tries = lesson.body.filter((b) => b.type === 'try');
      expect(tries.length, `${lesson.id} has a "try this"`).toBeGreaterThanOrEqual(1);
      for (const block of tries) {
        links++;
        expect(resolves(block.link), `${lesson.id} → ${JSON.stringify(block.link)}`).toBe(true);
        if (block.link.kind === 'lesson')
          expect(block.link.id, `${lesson.id} links to itself`).not.toBe(lesson.id);
      }
    }
    expect(links).toBeGreaterThanOrEqual(lessons.length);
  });

  it('never names a dose, a dose unit, a medicine, or tells her what she has', () => {
    for (const lesson of lessons) {
      const text = allText(lesson);
      expect(text, lesson.id).not.toMatch(DOSE);
      expect(text, lesson.id).not.toMatch(DOSE_UNIT);
      expect(text, lesson.id).not.toMatch(DIAGNOSIS);
      expect(text, lesson.id).not.toMatch(MEDICINES);
      expect(text, lesson.id).not.toMatch(AMERICAN);
    }
  });

  it('cites at least one source with a year; links are https; reviewed on a real date', () => {
    for (const lesson of lessons) {
      expect(lesson.sources.length, lesson.id).toBeGreaterThanOrEqual(1);
      for (const s of lesson.sources) {
        expect(s.year).toBeGreaterThanOrEqual(1900);
        expect(s.year).toBeLessThanOrEqual(Number(lesson.reviewedAt.slice(0, 4)));
        if (s.url) expect(s.url).toMatch(/^https:\/\//);
      }
      expect(Number.isNaN(Date.parse(lesson.reviewedAt))).toBe(false);
    }
  });

  it('says plainly when the evidence is weak: grade D lessons say so in their reason', () => {
    for (const lesson of lessons.filter((l) => l.grade === 'D')) {
      expect(lesson.gradeReason, lesson.id).toMatch(
        /little|few|weak|not (?:known|established)|too little|no trials|research question|hardly/i,
      );
    }
  });

  it('covers every topic of the issue', () => {
    for (const topic of lessonTopics) {
      expect(
        lessons.some((l) => l.topics.includes(topic)),
        topic,
      ).toBe(true);
    }
    const issueTopics: Record<string, string[]> = {
      'menopause transition and estrogen': ['menopause-transition', 'estrogen-and-tissues'],
      'how back pain goes, imaging': ['back-pain-usually-eases', 'scans-and-imaging'],
      'posture and long sitting': ['posture-and-sitting'],
      'sleep–stress–pain loop and mattress trial': ['sleep-pain-loop', 'mattress-and-night-pain'],
      'weight, core, inflammation': ['weight-and-back', 'core-strength', 'inflammation'],
      'each kind of movement and pain during exercise': [
        'exercise-helps',
        'walking',
        'strength-and-glutes',
        'pilates',
        'yoga',
        'swimming',
        'stretching',
        'pain-during-exercise',
      ],
      'bone health': ['bone-health'],
      'mood, anxiety, tension, mindfulness': ['stress-mood-and-pain', 'tension-and-mindfulness'],
      'desk, lumbar support, standing desks, breaks': [
        'desk-setup',
        'lumbar-support',
        'standing-desks',
        'movement-breaks',
      ],
      'food, omega-3, turmeric, ginger': ['food-patterns', 'supplements-omega3-turmeric-ginger'],
      'hydration and the disc myth': ['hydration-and-discs'],
      'vitamin D': ['vitamin-d'],
      'massage, manual therapy, acupuncture, cupping, CBD': [
        'massage-manual-therapy',
        'acupuncture',
        'cupping-and-cbd',
      ],
      'HRT to discuss': ['hrt-to-discuss'],
      'travel and car': ['travel-and-car'],
      'warning signs': ['warning-signs'],
      'reading your insights': ['reading-your-insights'],
    };
    for (const [topic, ids] of Object.entries(issueTopics))
      for (const id of ids) expect(lessonById(id), `${topic}: ${id}`).toBeDefined();
  });

  it('names what the trials found where the issue asks for it', () => {
    expect(allText(lessonById('mattress-and-night-pain') as Lesson)).toMatch(/medium-firm/);
    expect(allText(lessonById('hrt-to-discuss') as Lesson)).toMatch(/clinician/);
    expect(allText(lessonById('vitamin-d') as Lesson)).toMatch(/questions for a clinician/);
    expect(allText(lessonById('reading-your-insights') as Lesson)).toMatch(/does not prove|not a cause/);
    expect(allText(lessonById('movement-breaks') as Lesson)).toMatch(/Pomodoro/);
  });
});

describe('the warning-signs lesson says exactly what the triage says', () => {
  const lesson = lessonById('warning-signs') as Lesson;
  const text = allText(lesson);
  const lists = lesson.body.flatMap((b) => (b.type === 'list' ? [b.items] : []));

  it('quotes the fixed advice of every level word for word', () => {
    for (const advice of Object.values(triageAdvice)) expect(text).toContain(advice);
  });

  it('names every answer of the screening, and no sign the rules do not hold', () => {
    for (const key of triageAnswerKeys) expect(text, key).toContain(reasonLabels[key]);
    // One line per combination rule, one per distinct single sign of each level: nothing added, nothing left out.
    let expected = 0;
    for (const level of ['emergency', 'urgent', 'soon'] as const) {
      const rules = triageRules.filter((r) => r.level === level);
      expected += rules.filter((r) => r.when.length > 1).length;
      expected += new Set(rules.filter((r) => r.when.length === 1).flatMap((r) => r.when[0])).size;
    }
    expect(lists.flat().length).toBe(expected);
  });

  it('lists each level’s signs under that level', () => {
    for (const level of ['emergency', 'urgent', 'soon'] as const) {
      expect(lists).toContainEqual(signsOnTheirOwn(level));
      const together = signsTogether(level);
      if (together.length > 0) expect(lists).toContainEqual(together);
    }
    expect(signsOnTheirOwn('emergency')).toContain(reasonLabels.bladder_change);
    expect(signsOnTheirOwn('urgent')).toEqual([
      reasonLabels.fever,
      reasonLabels.major_trauma,
      reasonLabels.leg_weakness_new,
    ]);
    expect(signsTogether('urgent')).toContain(
      `${reasonLabels.minor_trauma_or_strain}, together with being 65 or older`,
    );
  });
});
