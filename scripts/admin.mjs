// `npm run admin -- <command> …`: server administration from the shell (packages/server/src/admin/cli.ts),
// with the server's own environment (DATA_DIR or DATABASE_URL, PUBLIC_URL, …). Builds the server if stale.
import { onSupportedNode } from './node-runtime.mjs';

onSupportedNode(async () => {
  const { buildIfStale, buildIsStale, ensureInstalled, root } = await import('./lib.mjs');
  // Like npm start: a server whose build is current (a production install) is administered as it is.
  ensureInstalled({ production: !buildIsStale({ web: false }) });
  buildIfStale({ web: false });
  process.chdir(root);
  await import('../packages/server/dist/admin/cli.js');
});
