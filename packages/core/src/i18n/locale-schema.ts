import { z } from 'zod';
import { locales } from './locales.js';

/** A language she may choose (`profile.language`): one of ours, anything else is a 400. */
export const localeSchema = z.enum(locales, { error: 'Choose one of the languages: en, de or es.' });
