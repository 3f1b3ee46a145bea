// `npm start`: on a supported Node (see node-runtime.mjs), install what is missing, build what is stale,
// then serve web + API (migrations run at start-up).
import { onSupportedNode } from './node-runtime.mjs';

onSupportedNode(async () => {
  const { buildIfStale, ensureInstalled, root } = await import('./lib.mjs');
  ensureInstalled();
  buildIfStale();
  process.chdir(root);
  await import('../packages/server/dist/main.js');
});
