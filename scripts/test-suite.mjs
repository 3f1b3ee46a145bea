// The suite behind `npm test` (scripts/test.mjs checks the Node first): install what is missing, then
// typecheck, lint, the dependency check (knip), unit, integration (PGlite, and PostgreSQL when
// DATABASE_URL_TEST is set), build, Lighthouse's timeless categories, and e2e in Chromium. Nothing is skipped silently: a missing
// PostgreSQL or Chromium is reported loudly, and under CI=true it fails the run.
import { existsSync } from 'node:fs';
import { buildIfStale, ensureInstalled, log, run } from './lib.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = [];
const missing = [];

function step(name, cmd, args, env) {
  log(name);
  const started = Date.now();
  const ok = run(cmd, args, { env, allowFail: true });
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
}

function absent(what, how) {
  const line = `${what} is not available, so its tests did NOT run. ${how}`;
  missing.push(line);
  console.error(`\n\x1b[33m!!! ${line}\x1b[0m\n`);
}

ensureInstalled();
step('Typecheck', 'npx', ['tsc', '-b', 'packages/server', 'packages/web']);
step('Typecheck tests', 'npx', ['tsc', '-p', 'tsconfig.tests.json']);
step('Lint', 'npx', ['biome', 'check', '.']);
step('Dependencies: none unused, none undeclared (knip)', 'npx', ['knip', '--dependencies']);
step('Unit tests', 'npx', ['vitest', 'run', '--project', 'unit']);
step('Integration tests on PGlite', 'npx', ['vitest', 'run', '--project', 'int'], { TEST_DB: 'pglite' });
if (process.env.DATABASE_URL_TEST) {
  step('Integration tests on PostgreSQL', 'npx', ['vitest', 'run', '--project', 'int'], {
    TEST_DB: 'postgres',
  });
} else {
  absent(
    'PostgreSQL (DATABASE_URL_TEST)',
    'Set DATABASE_URL_TEST=postgres://user:pass@host/db (see .ci/run).',
  );
}
log('Build');
buildIfStale();
if (existsSync(chromium)) {
  // One Lighthouse run per page of the categories that do not depend on timing; performance is only
  // printed, by `npm run audit`.
  step('Lighthouse: accessibility, best practices, SEO', 'node', ['scripts/audit.mjs', '--gate']);
  step('End-to-end tests in Chromium', 'npx', ['playwright', 'test']);
} else {
  absent(`Chromium (${chromium})`, 'Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds.toFixed(1)} s)`);
for (const m of missing) console.log(`  ! ${m}`);
const failed = results.some((r) => !r.ok) || (ci && missing.length > 0);
if (ci && missing.length) console.error('\nCI=true: missing test infrastructure counts as a failure.');
process.exit(failed ? 1 : 0);
