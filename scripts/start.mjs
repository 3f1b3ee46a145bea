// `npm start`: on a supported Node (see node-runtime.mjs), install what is missing, build what is stale,
// then serve web + API (migrations run at start-up). With an up-to-date build and nothing installed, the
// install is production-only.
import { onSupportedNode } from './node-runtime.mjs';
import { reexecWithServerEnv } from './server-env.mjs';

onSupportedNode(async () => {
  reexecWithServerEnv();
  const { buildIfStale, buildIsStale, ensureInstalled, root } = await import('./lib.mjs');
  // A checkout that already holds an up-to-date build (a release, or one built on another machine) only
  // needs what the server runs on; a fresh clone needs the build tools first.
  ensureInstalled({ production: !buildIsStale() });
  buildIfStale();
  process.chdir(root);
  await import('../packages/server/dist/main.js');
});
