import { withTexts } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { type Translate, translator } from '../../i18n/messages.js';
import { type ExperimentTemplate, experimentTemplates } from '../templates.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { templateTranslations } from './templates.js';

export * from './templates.js';

/** The experiments' messages in every language (checked complete by `i18n.test.ts`). */
export const experimentMessages = { en, de, es };

/** The translate function of the experiments' sentences in one language. */
export const experimentT = (locale: Locale): Translate => translator(experimentMessages, locale);

const cache = new Map<Locale, readonly ExperimentTemplate[]>();

/** The ready-made experiments in her language (ids, designs and lessons unchanged). */
export function experimentTemplatesIn(locale: Locale): readonly ExperimentTemplate[] {
  if (locale === 'en') return experimentTemplates;
  let templates = cache.get(locale);
  if (!templates) {
    const texts = templateTranslations[locale];
    templates = experimentTemplates.map((t) => withTexts(t, texts[t.id]));
    cache.set(locale, templates);
  }
  return templates;
}

/** The message above the field-level reasons when a custom experiment is refused, in her language. */
export const medicineRefusalIn = (locale: Locale): string => experimentT(locale)('medicineRefusal');
