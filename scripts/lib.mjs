// Shared steps of `npm start`, `npm test` and `npm run build`. Dependency-free on purpose:
// it runs before `node_modules` exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** `npm ci` when dependencies are missing or older than the lock file. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestMtime(lock)) return;
  log('Installing dependencies (npm ci)…');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}

/** Builds core + server (incremental tsc) and, unless `web` is false, the web app when its sources changed since the last build. */
export function buildIfStale({ web = true } = {}) {
  const serverOut = join(root, 'packages', 'server', 'dist', 'main.js');
  const serverSrc = [
    'packages/core/src',
    'packages/server/src',
    'packages/core/tsconfig.json',
    'packages/server/tsconfig.json',
  ];
  if (newestMtime(serverOut) < Math.max(...serverSrc.map((p) => newestMtime(join(root, p))))) {
    log('Building server…');
    run(npm, ['exec', '--', 'tsc', '-b', 'packages/server']);
  }
  if (!web) return;
  const webOut = join(root, 'packages', 'web', 'dist', 'index.html');
  const webSrc = ['packages/core/src', 'packages/web'];
  if (newestMtime(webOut) < Math.max(...webSrc.map((p) => newestMtime(join(root, p))))) {
    log('Building web app…');
    run(npm, ['run', 'build', '-w', '@spinekind/web']);
  }
}
