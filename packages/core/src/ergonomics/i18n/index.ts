import { withTexts } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { type ErgonomicArea, ergonomicAreas } from '../areas.js';
import type { ErgonomicQuestion } from '../question.js';
import { ergonomicQuestions } from '../questions.js';
import type { ErgonomicResult } from '../schema.js';
import { de } from './de.js';
import { es } from './es.js';
import type { DeskCheckTranslation } from './texts.js';

/** Every language's desk check but English (the data files are the English catalogue). */
export const deskCheckTranslations: Readonly<Record<Exclude<Locale, 'en'>, DeskCheckTranslation>> = {
  de,
  es,
};

const questionsCache = new Map<Locale, readonly ErgonomicQuestion[]>();
const areasCache = new Map<Locale, readonly ErgonomicArea[]>();

/** The desk self-check's questions in her language (values, points and order as in English). */
export function ergonomicQuestionsIn(locale: Locale): readonly ErgonomicQuestion[] {
  if (locale === 'en') return ergonomicQuestions;
  let questions = questionsCache.get(locale);
  if (!questions) {
    const texts = deskCheckTranslations[locale].questions;
    questions = ergonomicQuestions.map((q) => withTexts(q, texts[q.id]));
    questionsCache.set(locale, questions);
  }
  return questions;
}

/** The desk check's areas in her language (sources stay as published). */
export function ergonomicAreasIn(locale: Locale): readonly ErgonomicArea[] {
  if (locale === 'en') return ergonomicAreas;
  let areas = areasCache.get(locale);
  if (!areas) {
    const texts = deskCheckTranslations[locale].areas;
    areas = ergonomicAreas.map((a) => withTexts(a, texts[a.id]));
    areasCache.set(locale, areas);
  }
  return areas;
}

/** English fix → her language's, read off the questions (a stored result keeps the English fixes). */
function fixesIn(locale: Locale): ReadonlyMap<string, string> {
  const local = ergonomicQuestionsIn(locale);
  const map = new Map<string, string>();
  ergonomicQuestions.forEach((q, i) => {
    q.options.forEach((o, j) => {
      const fix = local[i]?.options[j]?.fix;
      if (o.fix && fix) map.set(o.fix, fix);
    });
  });
  return map;
}

/** A scored check with its fixes in her language; a fix no longer asked stays as it was stored. */
export function localizeErgonomicResult<T extends ErgonomicResult>(result: T, locale: Locale): T {
  if (locale === 'en') return result;
  const fixes = fixesIn(locale);
  const fix = (f: string) => fixes.get(f) ?? f;
  return {
    ...result,
    areas: result.areas.map((a) => ({ ...a, fixes: a.fixes.map(fix) })),
    topFixes: result.topFixes.map(fix),
  };
}
