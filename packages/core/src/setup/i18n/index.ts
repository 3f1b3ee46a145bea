import { withTexts } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { type ChecklistItem, checklistItems } from '../checklists.js';
import { de } from './de.js';
import { es } from './es.js';

/** The texts of one checklist item: the tip and why. */
export type ChecklistTexts = Pick<ChecklistItem, 'text' | 'why'>;

/** Every language's checklist texts but English (the data file is the English catalogue), by item id. */
export const checklistTranslations: Readonly<
  Record<Exclude<Locale, 'en'>, Readonly<Record<string, ChecklistTexts>>>
> = { de, es };

const cache = new Map<Locale, readonly ChecklistItem[]>();

/** The sleep and travel checklists in her language (ids, routines and lessons unchanged). */
export function checklistItemsIn(locale: Locale): readonly ChecklistItem[] {
  if (locale === 'en') return checklistItems;
  let items = cache.get(locale);
  if (!items) {
    const texts = checklistTranslations[locale];
    items = checklistItems.map((item) => withTexts(item, texts[item.id]));
    cache.set(locale, items);
  }
  return items;
}

/** One checklist item in her language, or `undefined`. */
export const checklistItemIn = (id: string, locale: Locale): ChecklistItem | undefined =>
  checklistItemsIn(locale).find((item) => item.id === id);
