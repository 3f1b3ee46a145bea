import { esImports } from './es-imports.js';
import { esSchemas } from './es-schemas.js';
import { esServer } from './es-server.js';
import type { MessageCatalogue } from './translate.js';

/** Every error and validation message in Spanish, keyed by its English text (its own module, so the web loads it on its own). */
export const errorMessagesEs: MessageCatalogue = { ...esSchemas, ...esServer, ...esImports };
