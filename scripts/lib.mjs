// Shared steps of `npm start`, `npm test` and `npm run build`. Dependency-free on purpose:
// it runs before `node_modules` exists.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function log(message) {
  console.log(`\x1b[36m▸\x1b[0m ${message}`);
}

/** Runs a command in the repo root, streaming its output; exits the process if it fails. */
export function run(cmd, args, { env, allowFail = false } = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0 && !allowFail) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
  return res.status === 0;
}

/**
 * Runs a command in the repo root with its output kept to a log file (for steps that run side by side, whose
 * output would interleave); answers whether it passed. The log is printed whole when the step ends.
 */
export function runLogged(cmd, args, logFile, { env } = {}) {
  return new Promise((resolve) => {
    const out = createWriteStream(logFile);
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env } });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('close', (status) => out.end(() => resolve(status === 0)));
  });
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

// Which install `node_modules` holds: `full` (build tools and tests too) or `production` (enough to serve
// a build that is already there: 186 packages and 198 MB instead of 638 and 509 MB, see bench/README.md).
// Vite is only a development dependency (the build needs it, serving does not): its presence tells them apart.
function installedKind() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(marker) || statSync(marker).mtimeMs < newestMtime(lock)) return undefined;
  return existsSync(join(root, 'node_modules', 'vite', 'package.json')) ? 'full' : 'production';
}

/**
 * Which install to run: none, `full` (npm ci) or `production` (only what the server runs on). `production`
 * (npm start with a build that is up to date) is content with either kind already there.
 */
export function installNeeded(kind, production) {
  if (kind === 'full' || (kind === 'production' && production)) return 'none';
  return production ? 'production' : 'full';
}

/** `npm ci` when dependencies are missing, older than the lock file, or too few for what comes next. */
export function ensureInstalled({ production = false } = {}) {
  const needed = installNeeded(installedKind(), production);
  if (needed === 'none') return;
  if (needed === 'full') {
    log('Installing dependencies (npm ci)…');
    run(npm, ['ci', '--no-audit', '--no-fund']);
    return;
  }
  // The server and core without build, test or browser packages (and without optional peers such as
  // TypeScript): 167 packages, 119 MB, against 638 and 509 MB for the full install (bench/README.md).
  log('The build is up to date: installing only what the server needs (npm ci --omit=dev)…');
  const workspaces = ['-w', '@spinekind/server', '-w', '@spinekind/core'];
  run(npm, ['ci', '--no-audit', '--no-fund', '--omit=dev', '--omit=peer', ...workspaces]);
}

const serverOut = join(root, 'packages', 'server', 'dist', 'main.js');
const serverSrc = [
  'packages/core/src',
  'packages/server/src',
  'packages/core/tsconfig.json',
  'packages/server/tsconfig.json',
];
const webOut = join(root, 'packages', 'web', 'dist', 'index.html');
const webSrc = ['packages/core/src', 'packages/web'];
const isStale = (out, sources) =>
  newestMtime(out) < Math.max(...sources.map((p) => newestMtime(join(root, p))));

/** True when the server (and, unless `web` is false, the web app) must be built again before use. */
export function buildIsStale({ web = true } = {}) {
  return isStale(serverOut, serverSrc) || (web && isStale(webOut, webSrc));
}

/** Builds core + server (incremental tsc) and, unless `web` is false, the web app when its sources changed since the last build. */
export function buildIfStale({ web = true } = {}) {
  if (isStale(serverOut, serverSrc)) {
    log('Building server…');
    run(npm, ['exec', '--', 'tsc', '-b', 'packages/server']);
  }
  if (!web) return;
  if (isStale(webOut, webSrc)) {
    log('Building web app…');
    run(npm, ['run', 'build', '-w', '@spinekind/web']);
  }
}
