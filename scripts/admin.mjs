// `npm run admin -- <command> …` (packages/server/src/admin/cli.ts): on a supported Node, build the
// server if its sources changed, then run the command from the repo root, where `npm start` runs too,
// so a relative DATA_DIR (default ./data) means the same folder.
import { onSupportedNode } from './node-runtime.mjs';

onSupportedNode(async () => {
  const { buildServerIfStale, ensureInstalled, root } = await import('./lib.mjs');
  ensureInstalled();
  buildServerIfStale();
  process.chdir(root);
  await import('../packages/server/dist/admin/cli.js');
});
