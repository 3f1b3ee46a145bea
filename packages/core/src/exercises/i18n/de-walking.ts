import type { Catalogue } from '../../i18n/catalogue.js';
import type { WalkingWeekTexts } from './texts.js';

/** The walking plan's weekly notes (walking-plan.ts) in German, by week number. */
export const deWalking: Readonly<Record<number, Catalogue<WalkingWeekTexts>>> = {
  1: { note: 'Gemütliches Tempo. Achte darauf, wie sich dein Rücken am nächsten Morgen anfühlt.' },
  2: { note: 'Ein Tag mehr. Bleib in einem Tempo, bei dem du dich noch gut unterhalten kannst.' },
  3: { note: 'Etwas länger. Teil es in zwei Spaziergänge auf, wenn dir das besser passt.' },
  4: { note: 'Jetzt fünf Tage. Geh in der Mitte ein paar Minuten zügiger.' },
  5: { note: 'Bleib bei der Dauer, wenn dir die letzte Woche reichlich vorkam; es gibt keine Eile.' },
  6: { note: 'Meist zügig, mit einem gemütlichen Anfang und Ende.' },
  7: { note: 'Such dir eine Strecke, die dir gefällt, oder geh mit jemandem zusammen.' },
  8: { note: 'Dreißig Minuten an fünf Tagen: eine Gewohnheit, die sich lohnt.' },
};
