import { describe, expect, it } from 'vitest';
import { boneSafeAlternative, exerciseById, exercises } from './catalogue.js';
import { routines } from './routines.js';
import { exerciseSchema, illustrationSchema } from './schema.js';
import type { Exercise } from './types.js';

/** Every exercise the issue names, by the id we gave it. */
const namedInIssue = [
  'cat-cow',
  'pelvic-tilt',
  'knee-to-chest',
  'lower-trunk-rotation',
  'childs-pose',
  'thread-the-needle',
  'thoracic-extension-chair',
  'hip-flexor-stretch',
  'hamstring-stretch-strap',
  'figure-4-stretch',
  'glute-bridge',
  'clamshell-band',
  'bird-dog',
  'dead-bug',
  'modified-side-plank',
  'wall-sit',
  'sit-to-stand',
  'band-row',
  'band-pull-apart',
  'wall-angel',
  'chin-tuck',
  'standing-hip-hinge',
  'calf-raise',
  'brisk-walk',
  'box-breathing',
  'seated-twist',
  'shoulder-rolls',
  'standing-back-extension',
  'desk-chest-stretch',
];

const get = (id: string): Exercise => {
  const e = exerciseById(id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};

describe('exercise catalogue', () => {
  it('has at least 30 exercises, each valid against the schema', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(30);
    for (const e of exercises) {
      const parsed = exerciseSchema.safeParse(e);
      expect(parsed.success, `${e.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('uses every id once', () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every exercise named in the issue', () => {
    const missing = namedInIssue.filter((id) => !exerciseById(id));
    expect(missing).toEqual([]);
  });

  it('gives each exercise 3–6 steps and 2–3 cues', () => {
    for (const e of exercises) {
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.steps.length, e.id).toBeLessThanOrEqual(6);
      expect(e.cues.length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.cues.length, e.id).toBeLessThanOrEqual(3);
    }
  });

  it('links easier and harder variants that exist and are not the exercise itself', () => {
    for (const e of exercises) {
      for (const link of [e.easier, e.harder]) {
        if (link === undefined) continue;
        expect(exerciseById(link), `${e.id} → ${link}`).toBeDefined();
        expect(link).not.toBe(e.id);
      }
    }
  });

  it('points back where a pair is linked both ways', () => {
    // the easier variant of X's harder one is X itself, or at least another real exercise
    for (const e of exercises) {
      const back = e.harder ? get(e.harder).easier : undefined;
      if (back !== undefined && back !== e.id)
        expect(exerciseById(back), `${e.id} → ${e.harder} → ${back}`).toBeDefined();
    }
    // the chains the progression leans on, both ways
    const pairs: [string, string][] = [
      ['glute-bridge', 'single-leg-bridge'],
      ['heel-slide', 'toe-tap'],
      ['toe-tap', 'dead-bug'],
      ['clamshell', 'clamshell-band'],
      ['sit-to-stand', 'wall-sit'],
      ['easy-walk', 'brisk-walk'],
      ['four-point-rock', 'bird-dog'],
    ];
    for (const [easy, hard] of pairs) {
      expect(get(easy).harder).toBe(hard);
      expect(get(hard).easier).toBe(easy);
    }
  });

  it('never loops when following easier or harder links', () => {
    for (const direction of ['easier', 'harder'] as const) {
      for (const start of exercises) {
        const seen = new Set<string>();
        let current: Exercise | undefined = start;
        while (current) {
          expect(seen.has(current.id), `${direction} loop at ${current.id}`).toBe(false);
          seen.add(current.id);
          const next: string | undefined = current[direction];
          current = next ? exerciseById(next) : undefined;
        }
      }
    }
  });

  it('has a safe, self-contained drawing and alt text for every exercise', () => {
    for (const e of exercises) {
      expect(e.illustration.startsWith('<svg '), e.id).toBe(true);
      expect(e.illustration).toMatch(/viewBox="[\d.]+ [\d.]+ [\d.]+ [\d.]+"/);
      expect(e.illustration).not.toMatch(/<script|\son[a-z]+=|href|url\(|<text/i);
      expect(illustrationSchema.safeParse(e.illustration).success, e.id).toBe(true);
      expect(e.alt.trim().length, e.id).toBeGreaterThan(10);
    }
  });

  it('draws each exercise differently', () => {
    const drawings = new Set(exercises.map((e) => e.illustration));
    expect(drawings.size).toBe(exercises.length);
  });

  it('rejects a drawing with a script or an event handler', () => {
    expect(illustrationSchema.safeParse('<svg viewBox="0 0 1 1"><script>x()</script></svg>').success).toBe(
      false,
    );
    expect(illustrationSchema.safeParse('<svg viewBox="0 0 1 1" onload="x()"></svg>').success).toBe(false);
    expect(
      illustrationSchema.safeParse('<svg viewBox="0 0 1 1"><use href="http://x/y"/></svg>').success,
    ).toBe(false);
  });

  it('keeps cautions free of diagnoses and medicines', () => {
    const banned =
      /\b(you have (a |an )?(slipped|herniat|sciatica|arthritis)|medicine|medication|tablet|painkiller|ibuprofen|paracetamol|dose of)\b/i;
    for (const e of exercises) for (const c of e.cautions) expect(c, e.id).not.toMatch(banned);
  });

  it('every routine item is a catalogue exercise', () => {
    for (const r of routines)
      for (const item of r.items)
        expect(exerciseById(item.exerciseId), `${r.id}: ${item.exerciseId}`).toBeDefined();
  });
});

describe('bone safety', () => {
  it('marks end-range forward bending and twisting as not bone-safe', () => {
    for (const id of [
      'cat-cow',
      'knee-to-chest',
      'lower-trunk-rotation',
      'childs-pose',
      'thread-the-needle',
      'seated-twist',
    ]) {
      expect(get(id).boneSafe, id).toBe(false);
    }
    for (const id of [
      'pelvic-tilt',
      'glute-bridge',
      'standing-hip-hinge',
      'sphinx',
      'wall-angel',
      'brisk-walk',
    ]) {
      expect(get(id).boneSafe, id).toBe(true);
    }
  });

  it('keeps the morning and desk routines bone-safe', () => {
    for (const id of ['morning-5', 'desk-shoulders-neck', 'desk-back-release', 'desk-stand-up']) {
      const routine = routines.find((r) => r.id === id);
      expect(routine, id).toBeDefined();
      for (const item of routine?.items ?? [])
        expect(get(item.exerciseId).boneSafe, `${id}: ${item.exerciseId}`).toBe(true);
    }
  });

  it('warns in the cautions of every exercise that is not bone-safe', () => {
    for (const e of exercises.filter((x) => !x.boneSafe)) {
      expect(
        e.cautions.some((c) => /osteoporosis/i.test(c)),
        e.id,
      ).toBe(true);
    }
  });

  it('finds a bone-safe alternative down the easier chain', () => {
    expect(boneSafeAlternative(get('cat-cow'))?.id).toBe('four-point-rock');
    expect(boneSafeAlternative(get('lower-trunk-rotation'))?.id).toBe('bent-knee-fall-out');
    expect(boneSafeAlternative(get('seated-twist'))?.id).toBe('seated-tall-reach');
    expect(boneSafeAlternative(get('knee-to-chest'))?.id).toBe('pelvic-tilt');
  });

  it('returns a bone-safe exercise itself as its own alternative', () => {
    expect(boneSafeAlternative(get('glute-bridge'))?.id).toBe('glute-bridge');
  });

  it('gives every not-bone-safe exercise a bone-safe alternative', () => {
    for (const e of exercises.filter((x) => !x.boneSafe)) {
      const alt = boneSafeAlternative(e);
      expect(alt?.boneSafe, e.id).toBe(true);
    }
  });

  it('returns undefined when nothing down the chain is bone-safe', () => {
    const lone: Exercise = { ...get('seated-twist'), id: 'made-up-twist', easier: undefined };
    expect(boneSafeAlternative(lone)).toBeUndefined();
    const twisty: Exercise = { ...lone, id: 'twist-two', easier: 'cat-cow' };
    expect(boneSafeAlternative(twisty)?.id).toBe('four-point-rock');
  });
});
