import { createInstance, type i18n } from 'i18next';
import type { Catalogue } from './catalogue.js';
import type { Locale } from './locales.js';

/** A feature's flat messages in every language: English as written, the others as its catalogues. */
export type Messages<T> = { en: T } & Record<Exclude<Locale, 'en'>, Catalogue<T>>;

export type Params = Record<string, string | number | undefined>;
/** Resolves a key of one feature's messages for one language, with `{{params}}` and `_one/_other` plurals by `count`. */
export type Translate = (key: string, params?: Params) => string;

const instances = new WeakMap<object, i18n>();

function instanceFor(messages: Messages<object>): i18n {
  let instance = instances.get(messages);
  if (!instance) {
    instance = createInstance();
    void instance.init({
      initAsync: false,
      lng: 'en',
      fallbackLng: 'en',
      resources: Object.fromEntries(
        Object.entries(messages).map(([locale, translation]) => [locale, { translation }]),
      ),
      interpolation: { escapeValue: false },
      returnNull: false,
      returnEmptyString: false,
    });
    instances.set(messages, instance);
  }
  return instance;
}

/**
 * The translate function of one feature's messages for one language. A key missing in that language
 * falls back to English (tests keep that from happening); a key missing in English throws, so a typo
 * fails its test instead of printing the key to her.
 */
export function translator<T extends object>(messages: Messages<T>, locale: Locale): Translate {
  const t = instanceFor(messages as Messages<object>).getFixedT(locale);
  return (key, params) => {
    const text = t(key, { ...params, defaultValue: '\u0000' }) as unknown;
    if (typeof text !== 'string' || text === '\u0000') throw new Error(`No message "${key}"`);
    return text;
  };
}
