// `npm run test:hardening`: the hardening suite (packages/server/src/test/hardening/) on PGlite and, when
// DATABASE_URL_TEST is set, on PostgreSQL. `npm test` runs the same files inside its integration steps.
// HARDENING_SEED replays a run; HARDENING_RUNS sets the bodies per write route (default 200).
import { log, run } from './lib.mjs';

const files = [
  'vitest',
  'run',
  '--project',
  'int',
  'packages/server/src/test/hardening',
  'packages/server/src/http',
];
const seed = process.env.HARDENING_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
let ok = true;
log(`Hardening suite on PGlite (seed ${seed})`);
ok = run('npx', files, { env: { TEST_DB: 'pglite', HARDENING_SEED: seed }, allowFail: true }) && ok;
if (process.env.DATABASE_URL_TEST) {
  log(`Hardening suite on PostgreSQL (seed ${seed})`);
  ok = run('npx', files, { env: { TEST_DB: 'postgres', HARDENING_SEED: seed }, allowFail: true }) && ok;
} else {
  console.error(
    '\n\x1b[33m!!! PostgreSQL (DATABASE_URL_TEST) is not set: the suite ran on PGlite only.\x1b[0m\n',
  );
}
process.exit(ok ? 0 : 1);
