import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { everyday } from './en';
import { firstLanguage, showLanguage } from './language';
import { COPY_LOADED, rescueMissingCopy } from './lazy';

// Only the everyday copy loads with the app; feature copy comes with its routes (./lazy.ts).
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: everyday } },
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: true,
  missingKeyHandler: (_lngs, _ns, key, _fallback, _update, options) =>
    rescueMissingCopy(key, (options as { defaultValue?: unknown } | undefined)?.defaultValue !== undefined),
  react: { bindI18n: `languageChanged ${COPY_LOADED}` },
});

/**
 * The first language on screen (her last choice on this device, else the browser's), in place before
 * the app renders so no English flashes first; English needs nothing. A failed load shows English.
 */
const first = firstLanguage();
export const languageReady: Promise<void> =
  first === 'en' ? Promise.resolve() : showLanguage(first, { remember: false }).catch(() => undefined);

export default i18next;
