import { deImports } from './de-imports.js';
import { deSchemas } from './de-schemas.js';
import { deServer } from './de-server.js';
import type { MessageCatalogue } from './translate.js';

/** Every error and validation message in German, keyed by its English text (its own module, so the web loads it on its own). */
export const errorMessagesDe: MessageCatalogue = { ...deSchemas, ...deServer, ...deImports };
