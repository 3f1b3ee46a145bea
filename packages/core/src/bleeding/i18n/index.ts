import { withTexts } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import type { BleedingCheckResult, BleedingReason } from '../schema.js';
import { bleedingDe } from './de.js';
import { type BleedingTexts, bleedingTexts } from './en.js';
import { bleedingEs } from './es.js';

export { bleedingDe } from './de.js';
export { type BleedingTexts, bleedingTexts } from './en.js';
export { bleedingEs } from './es.js';

const catalogues = { de: bleedingDe, es: bleedingEs };

/** The bleeding check's fixed texts in her language (English byte-exact to the spec). */
export function bleedingTextsIn(locale: Locale): BleedingTexts {
  return locale === 'en' ? bleedingTexts : withTexts(bleedingTexts, catalogues[locale]);
}

/** The extra lines for a result's reasons in her language, in the order the reasons come. */
export function bleedingExtraLinesIn(reasons: readonly BleedingReason[], texts: BleedingTexts): string[] {
  const lines: Partial<Record<BleedingReason, string>> = texts.reasonLines;
  return reasons.flatMap((r) => {
    const line = lines[r];
    return line ? [line] : [];
  });
}

/** A result with its `advice` in her language; level, kind and reasons unchanged. */
export function localizeBleedingCheck<T extends Pick<BleedingCheckResult, 'kind' | 'advice'>>(
  result: T,
  locale: Locale,
): T {
  return result.kind ? { ...result, advice: bleedingTextsIn(locale).advice[result.kind] } : result;
}
