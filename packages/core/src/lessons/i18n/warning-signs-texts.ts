import { type RuleAtom, type TriageRule, triageRules } from '../../triage/rules.js';
import type { ReasonId, TriageLevel } from '../../triage/schema.js';
import type { LessonBlockTexts, LessonTexts } from './texts.js';

/**
 * The warning-signs lesson is built from the triage rule table (`lessons-warning-signs.ts`), so its
 * translation is built the same way: the words that live in the lesson file are translated here
 * (`WarningSignsWords`), the sign labels and the advice come from triage's own catalogues in the same
 * language, so the lesson quotes the screening word for word in every language.
 */

type Level = TriageRule['level'];

/** The age and duration tests of the rule table, which have no reason label of their own. */
export type ComparisonKey = 'age>=65' | 'age>=50' | 'age<18' | 'pain_weeks>=6';

/** The words of the warning-signs lesson that are written in its own file, in one language. */
export interface WarningSignsWords {
  readonly title: string;
  readonly summary: string;
  readonly gradeReason: string;
  readonly intro: string;
  /** The safety-net sentence of the triage spec (§7.3, item 6). */
  readonly safetyNet: string;
  readonly comparisons: Readonly<Record<ComparisonKey, string>>;
  readonly levelTitles: Readonly<Record<Level, string>>;
  /** `{{level}}`: the level's title. */
  readonly onTheirOwn: string;
  readonly combinations: string;
  /** `{{signs}}`: the signs of one clause, joined by `signSeparator`. */
  readonly anyOneOf: string;
  readonly signSeparator: string;
  /** Joins the clauses of one combination. */
  readonly togetherWith: string;
  /** `{{advice}}`: the screening's advice for the level, quoted. */
  readonly screeningSays: string;
  /** `{{advice}}`: the self-care advice, quoted. */
  readonly noSigns: string;
  readonly veryUnwell: string;
  readonly readCourse: string;
}

/** What the lesson takes from triage: the plain label of every sign and the advice of every level. */
export interface TriageWords {
  readonly reasonLabels: Readonly<Record<ReasonId, string>>;
  readonly advice: Readonly<Record<TriageLevel, string>>;
  /**
   * Whether a sign starts lower-case inside a combination ("…, together with being 50 or older").
   * Not in German, where a label may start with a noun.
   */
  readonly lowerInside: boolean;
}

const fill = (template: string, key: string, value: string) => template.replace(`{{${key}}}`, value);
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function signWords(words: WarningSignsWords, triage: TriageWords) {
  const plain = (atom: RuleAtom): string => {
    if (atom in words.comparisons) return words.comparisons[atom as ComparisonKey];
    if (atom in triage.reasonLabels) return triage.reasonLabels[atom as ReasonId];
    throw new Error(`No plain words for triage atom ${atom}`);
  };
  const inside = (atom: RuleAtom) => {
    const s = plain(atom);
    return triage.lowerInside ? s.charAt(0).toLowerCase() + s.slice(1) : s;
  };

  const onTheirOwn = (level: Level): string[] => {
    const out: string[] = [];
    for (const rule of triageRules) {
      if (rule.level !== level || rule.when.length !== 1) continue;
      for (const atom of rule.when[0] ?? []) {
        const s = upper(plain(atom));
        if (!out.includes(s)) out.push(s);
      }
    }
    return out;
  };

  const together = (level: Level): string[] =>
    triageRules
      .filter((rule) => rule.level === level && rule.when.length > 1)
      .map((rule) =>
        upper(
          rule.when
            .map((clause) =>
              clause.length === 1
                ? inside(clause[0] as RuleAtom)
                : fill(words.anyOneOf, 'signs', clause.map(inside).join(words.signSeparator)),
            )
            .join(words.togetherWith),
        ),
      );
  return { onTheirOwn, together };
}

/** The lesson's texts in one language, block for block as `warningSignsLesson` builds its body. */
export function warningSignsTexts(words: WarningSignsWords, triage: TriageWords): LessonTexts {
  const signs = signWords(words, triage);
  const level = (l: Level): LessonBlockTexts[] => {
    const blocks: LessonBlockTexts[] = [
      { text: fill(words.onTheirOwn, 'level', words.levelTitles[l]) },
      { items: signs.onTheirOwn(l) },
    ];
    const together = signs.together(l);
    if (together.length > 0) blocks.push({ text: words.combinations }, { items: together });
    blocks.push({ text: fill(words.screeningSays, 'advice', triage.advice[l]) });
    return blocks;
  };
  return {
    title: words.title,
    summary: words.summary,
    gradeReason: words.gradeReason,
    body: [
      { text: words.intro },
      { text: words.safetyNet },
      ...level('emergency'),
      ...level('urgent'),
      ...level('soon'),
      { text: fill(words.noSigns, 'advice', triage.advice.self_care) },
      { text: words.veryUnwell },
      { text: words.readCourse },
    ],
  };
}
