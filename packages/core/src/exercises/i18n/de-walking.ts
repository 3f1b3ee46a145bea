import type { Catalogue } from '../../i18n/catalogue.js';
import type { WalkingWeekTexts } from './texts.js';

/** The walking plan's weekly notes (walking-plan.ts) in German, by week number. */
export const deWalking: Readonly<Record<number, Catalogue<WalkingWeekTexts>>> = {};
