import { reasonLabels, triageAdvice } from '../triage/advice.js';
import { type RuleAtom, type TriageRule, triageRules } from '../triage/rules.js';
import { defineLesson, type Lesson, type LessonBlock } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/**
 * The warning-signs lesson is built from the triage rule table itself (`triageRules`), its plain
 * reason labels and its fixed advice per level, so it can never say more or less than the
 * screening does: same levels, same signs, same words.
 */

type Level = TriageRule['level'];

const COMPARISON_WORDS: Record<string, string> = {
  'age>=65': 'being 65 or older',
  'age>=50': 'being 50 or older',
  'age<18': 'being under 18',
  'pain_weeks>=6': 'pain that has lasted 6 weeks or more',
};

/** Plain words for one rule atom: its reason label, or the words for an age or duration test. */
export function atomWords(atom: RuleAtom): string {
  const words = COMPARISON_WORDS[atom];
  if (words) return words;
  if (atom in reasonLabels) return reasonLabels[atom as keyof typeof reasonLabels];
  throw new Error(`No plain words for triage atom ${atom}`);
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Signs that lead to this level on their own (rules of one clause: any one of its atoms is enough). */
export function signsOnTheirOwn(level: Level): string[] {
  const out: string[] = [];
  for (const rule of triageRules) {
    if (rule.level !== level || rule.when.length !== 1) continue;
    for (const atom of rule.when[0] ?? []) {
      const words = upper(atomWords(atom));
      if (!out.includes(words)) out.push(words);
    }
  }
  return out;
}

/** Combinations that lead to this level (rules of several clauses), one line each. */
export function signsTogether(level: Level): string[] {
  return triageRules
    .filter((rule) => rule.level === level && rule.when.length > 1)
    .map((rule) =>
      upper(
        rule.when
          .map((clause) =>
            clause.length === 1
              ? lower(atomWords(clause[0] as RuleAtom))
              : `any one of: ${clause.map((a) => lower(atomWords(a))).join(' / ')}`,
          )
          .join(', together with '),
      ),
    );
}

const LEVEL_TITLES: Record<Level, string> = {
  emergency: 'Emergency: get help now.',
  urgent: 'Urgent: see a clinician today.',
  soon: 'Soon: book an appointment within 1-2 weeks.',
};

function levelBlocks(level: Level): LessonBlock[] {
  const blocks: LessonBlock[] = [
    { type: 'p', text: `${LEVEL_TITLES[level]} Any one of these on its own:` },
    { type: 'list', items: signsOnTheirOwn(level) },
  ];
  const together = signsTogether(level);
  if (together.length > 0) {
    blocks.push({ type: 'p', text: 'Or these combinations:' }, { type: 'list', items: together });
  }
  blocks.push({ type: 'p', text: `What the screening then says: "${triageAdvice[level]}"` });
  return blocks;
}

/** The fixed safety-net sentence of the triage spec (§7.3, item 6), shown on every self-care screen. */
export const SAFETY_NET =
  'If you develop new numbness around your bottom or genitals, new bladder or bowel problems, or weakness in your legs, call your local emergency number.';

export const warningSignsLesson: Lesson = defineLesson({
  id: 'warning-signs',
  title: 'Warning signs and where to go',
  summary:
    'A few signs with back pain need care today or right now, and knowing them lets you relax about the rest.',
  topics: ['warning-signs', 'course-of-pain'],
  grade: 'A',
  gradeReason: 'The signs and levels follow national guidance and an international red-flag framework.',
  sources: [SOURCES.niceNg59, SOURCES.finucane2020],
  reviewedAt: REVIEWED_AT,
  body: [
    {
      type: 'p',
      text: 'Serious causes of back pain are rare, and most back pain is not dangerous. A few signs, though, mean you should get help quickly. The app asks about them in its screening, and this lesson lists every one of them with the same levels and the same advice the screening gives. It cannot examine you: if you feel you need help, get it, whatever the list says.',
    },
    { type: 'p', text: SAFETY_NET },
    ...levelBlocks('emergency'),
    ...levelBlocks('urgent'),
    ...levelBlocks('soon'),
    {
      type: 'p',
      text: `No warning signs: "${triageAdvice.self_care}"`,
    },
    {
      type: 'p',
      text: 'If you feel very unwell, confused or breathless, call your local emergency number.',
    },
    {
      type: 'try',
      text: 'Read how back pain usually goes.',
      link: { kind: 'lesson', id: 'back-pain-usually-eases' },
    },
  ],
});
