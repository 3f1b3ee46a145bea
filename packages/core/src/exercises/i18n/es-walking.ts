import type { Catalogue } from '../../i18n/catalogue.js';
import type { WalkingWeekTexts } from './texts.js';

/** The walking plan's weekly notes (walking-plan.ts) in Spanish, by week number. */
export const esWalking: Readonly<Record<number, Catalogue<WalkingWeekTexts>>> = {};
