// `npm start`: install what is missing, build what is stale, then serve web + API (migrations run at start-up).
import { buildIfStale, ensureInstalled, root } from './lib.mjs';

ensureInstalled();
buildIfStale();
process.chdir(root);
await import('../packages/server/dist/main.js');
