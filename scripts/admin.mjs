// `npm run admin -- <command> …`: server administration from the shell (packages/server/src/admin/cli.ts),
// with the server's own environment (DATA_DIR or DATABASE_URL, PUBLIC_URL, …). Builds the server if stale.
import { onSupportedNode } from './node-runtime.mjs';

onSupportedNode(async () => {
  const { buildIfStale, ensureInstalled, root } = await import('./lib.mjs');
  ensureInstalled();
  buildIfStale({ web: false });
  process.chdir(root);
  await import('../packages/server/dist/admin/cli.js');
});
