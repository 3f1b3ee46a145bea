// The suite behind `npm test` (scripts/test.mjs checks the Node first): install what is missing, then
// typecheck, lint, the dependency check (knip), the import boundaries (dependency-cruiser), unit, integration (PGlite, and PostgreSQL when
// DATABASE_URL_TEST is set), build, Lighthouse's timeless categories, and e2e in Chromium. Nothing is skipped silently: a missing
// PostgreSQL or Chromium is reported loudly, and under CI=true it fails the run.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { buildIfStale, ensureInstalled, log, run, runLogged } from './lib.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = [];
const missing = [];

function step(name, cmd, args, env, report) {
  log(name);
  const started = Date.now();
  const ok = run(cmd, args, { env, allowFail: true });
  results.push({ name, ok, seconds: (Date.now() - started) / 1000, report });
}

/**
 * With 4 or more cores, the two engines' integration tests run side by side, and so do Lighthouse and the
 * e2e tests (each its own servers and databases); on 2 cores they take turns, as they would crowd each other out.
 */
const sideBySide = availableParallelism() >= 4;

/** A vitest step that also writes its results as JSON, so the summary can name what failed. */
function vitestArgs(project, env) {
  const report = `.tmp/vitest-${project}-${env?.TEST_DB ?? 'node'}.json`;
  const args = ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json'];
  return { report, args: [...args, `--outputFile.json=${report}`] };
}
function vitestStep(name, project, env) {
  const { report, args } = vitestArgs(project, env);
  step(name, 'npx', args, env, report);
}

/** Steps run at once, each logged to its own file and printed whole when all have ended. */
async function together(steps) {
  mkdirSync('.tmp', { recursive: true });
  const started = Date.now();
  for (const s of steps) log(`${s.name} (side by side; output follows when done)`);
  const done = await Promise.all(
    steps.map(async (s, i) => {
      const file = `.tmp/step-${i}.log`;
      const ok = await runLogged(s.cmd, s.args, file, { env: s.env });
      return { ...s, ok, file, seconds: (Date.now() - started) / 1000 };
    }),
  );
  for (const s of done) {
    log(`${s.name}: output`);
    process.stdout.write(readFileSync(s.file));
    results.push({ name: s.name, ok: s.ok, seconds: s.seconds, report: s.report });
  }
}
const vitestTogether = (name, project, env) => ({ name, cmd: 'npx', env, ...vitestArgs(project, env) });

/** The failed tests of a vitest step, one line each (the suite's output is long; CI logs keep its end). */
function failedTests(report) {
  try {
    const { testResults } = JSON.parse(readFileSync(report, 'utf8'));
    return testResults.flatMap((file) => {
      const failed = file.assertionResults.filter((a) => a.status === 'failed');
      const where = file.name.replace(`${process.cwd()}/`, '');
      if (!failed.length && file.status === 'failed') return [`${where}: ${file.message.split('\n')[0]}`];
      return failed.map((a) => `${where} › ${a.fullName}: ${(a.failureMessages[0] ?? '').split('\n')[0]}`);
    });
  } catch {
    return [`(no readable results in ${report})`];
  }
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
step('Import boundaries (dependency-cruiser)', 'npx', [
  'depcruise',
  'packages',
  '--config',
  '.dependency-cruiser.cjs',
]);
vitestStep('Unit tests', 'unit');
if (process.env.DATABASE_URL_TEST && sideBySide) {
  await together([
    vitestTogether('Integration tests on PGlite', 'int', { TEST_DB: 'pglite' }),
    vitestTogether('Integration tests on PostgreSQL', 'int', { TEST_DB: 'postgres' }),
  ]);
} else if (process.env.DATABASE_URL_TEST) {
  vitestStep('Integration tests on PGlite', 'int', { TEST_DB: 'pglite' });
  vitestStep('Integration tests on PostgreSQL', 'int', { TEST_DB: 'postgres' });
} else {
  vitestStep('Integration tests on PGlite', 'int', { TEST_DB: 'pglite' });
  absent(
    'PostgreSQL (DATABASE_URL_TEST)',
    'Set DATABASE_URL_TEST=postgres://user:pass@host/db (see .ci/run).',
  );
}
log('Build');
buildIfStale();
// The JavaScript a first visit downloads before the sign-in page is interactive, against its budget.
step('First-load JavaScript budget', 'node', ['scripts/web-size.mjs']);
if (existsSync(chromium)) {
  // One Lighthouse run per page of the categories that do not depend on timing; performance is only
  // printed, by `npm run audit`.
  const lighthouse = [
    'Lighthouse: accessibility, best practices, SEO',
    'node',
    ['scripts/audit.mjs', '--gate'],
  ];
  const e2e = ['End-to-end tests in Chromium', 'npx', ['playwright', 'test']];
  if (sideBySide) {
    await together([lighthouse, e2e].map(([name, cmd, args]) => ({ name, cmd, args })));
  } else {
    step(...lighthouse);
    step(...e2e);
  }
} else {
  absent(`Chromium (${chromium})`, 'Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
}

console.log('\nSummary');
for (const r of results) {
  console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds.toFixed(1)} s)`);
  if (!r.ok && r.report) for (const line of failedTests(r.report)) console.log(`      ✗ ${line}`);
}
for (const m of missing) console.log(`  ! ${m}`);
const failed = results.some((r) => !r.ok) || (ci && missing.length > 0);
if (ci && missing.length) console.error('\nCI=true: missing test infrastructure counts as a failure.');
process.exit(failed ? 1 : 0);
