// `npm run build`: on a supported Node (see node-runtime.mjs), install what is missing and build what is stale.
import { onSupportedNode } from './node-runtime.mjs';

onSupportedNode(async () => {
  const { buildIfStale, ensureInstalled } = await import('./lib.mjs');
  ensureInstalled();
  buildIfStale();
});
