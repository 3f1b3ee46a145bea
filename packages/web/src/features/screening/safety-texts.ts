import {
  type BleedingTexts,
  bleedingTexts,
  type Locale,
  type TriageTexts,
  triageTexts,
} from '@spinekind/core';
import i18next from 'i18next';
import { inLanguage, useInLanguage } from '../../i18n/in-language';
import { localeOfLanguage } from '../../i18n/locale';

/** Core's fixed safety texts (triage and bleeding check) in one language; they run offline on the device. */
export interface SafetyTexts {
  locale: Locale;
  triage: TriageTexts;
  bleeding: BleedingTexts;
}

const english: SafetyTexts = { locale: 'en', triage: triageTexts, bleeding: bleedingTexts };

// German and Spanish come as their own chunks (the service worker precaches them, so offline too):
// they would otherwise weigh on every first load in English.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<SafetyTexts>> = {
  de: () => import('./safety-texts-de').then((m) => m.safetyDe),
  es: () => import('./safety-texts-es').then((m) => m.safetyEs),
};

const safety = inLanguage(english, (locale) => loaders[locale]());

/** Her language's safety texts, fetched once; a failed chunk may be asked for again. */
export const loadSafetyTexts = safety.load;

/**
 * The safety texts in the app's current language. Until her language's chunk has arrived (a moment,
 * once per visit) the English texts show: never nothing, because an emergency result cannot wait.
 */
export const useSafetyTexts = (): SafetyTexts => useInLanguage(safety);

// Fetch her language's texts as soon as the app knows it, so a result rarely shows English first.
i18next.on('languageChanged', (language) => {
  void loadSafetyTexts(localeOfLanguage(language)).catch(() => undefined);
});
