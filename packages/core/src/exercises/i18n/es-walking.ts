import type { Catalogue } from '../../i18n/catalogue.js';
import type { WalkingWeekTexts } from './texts.js';

/** The walking plan's weekly notes (walking-plan.ts) in Spanish, by week number. */
export const esWalking: Readonly<Record<number, Catalogue<WalkingWeekTexts>>> = {
  1: { note: 'Ritmo tranquilo. Fíjate en cómo notas la espalda a la mañana siguiente.' },
  2: { note: 'Añade un día. Mantén un ritmo que te permita hablar con comodidad.' },
  3: { note: 'Un poco más de tiempo. Divídelo en dos paseos si te viene mejor.' },
  4: { note: 'Ya son cinco días. Prueba a ir más rápido unos minutos a mitad del paseo.' },
  5: { note: 'Mantén lo mismo si la semana pasada te pareció suficiente; no hay prisa.' },
  6: { note: 'Casi todo a paso ligero, empezando y terminando con calma.' },
  7: { note: 'Busca un recorrido que te guste, o camina con alguien.' },
  8: { note: 'Treinta minutos cinco días a la semana: un hábito que vale la pena mantener.' },
};
