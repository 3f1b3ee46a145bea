import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `.tmp` folder, where tests keep their files (a module of its own so e2e may use it too). */
export const tmpRoot = join(fileURLToPath(new URL('../../../../', import.meta.url)), '.tmp');
