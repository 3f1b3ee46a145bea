import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { everyday } from './en';
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

export default i18next;
