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

const translators = new WeakMap<object, Map<Locale, Translate>>();
/** Messages kept per feature and language, with their parameters (a report repeats many: "5 days"). */
const MAX_LOOKED = 5_000;

/**
 * The translate function of one feature's messages for one language. A key missing in that language
 * falls back to English (tests keep that from happening); a key missing in English throws, so a typo
 * fails its test instead of printing the key to her. Made once per feature and language, and a message is
 * looked up once per set of parameters: the messages never change, and an insights report asks ~950 of
 * them, many the same (i18next's lookup was ~40 % of the report's time).
 */
export function translator<T extends object>(messages: Messages<T>, locale: Locale): Translate {
  let byLocale = translators.get(messages);
  if (!byLocale) {
    byLocale = new Map();
    translators.set(messages, byLocale);
  }
  let translate = byLocale.get(locale);
  if (!translate) {
    translate = makeTranslator(messages as Messages<object>, locale);
    byLocale.set(locale, translate);
  }
  return translate;
}

function makeTranslator(messages: Messages<object>, locale: Locale): Translate {
  const instance = instanceFor(messages);
  const looked = new Map<string, string>();
  // `t` with the language named, not `getFixedT`: its wrapper copies all of i18next's options per call.
  const lookUp = (key: string, params?: Params) => {
    const text = instance.t(key, { ...params, lng: locale, defaultValue: '\u0000' }) as unknown;
    if (typeof text !== 'string' || text === '\u0000') throw new Error(`No message "${key}"`);
    return text;
  };
  return (key, params) => {
    const id = params === undefined ? key : `${key}\u0000${JSON.stringify(params)}`;
    let text = looked.get(id);
    if (text === undefined) {
      text = lookUp(key, params);
      if (looked.size >= MAX_LOOKED) looked.clear();
      looked.set(id, text);
    }
    return text;
  };
}
