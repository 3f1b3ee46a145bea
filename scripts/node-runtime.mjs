// Makes `npm start` / `npm test` / `npm run build` run on a supported Node. On an older Node from 18 up
// it fetches Node 22 once from the npm registry (the `node` package) into `.runtime/` (git-ignored), says
// so in one line, and runs the same command again on it, with its `bin` first on PATH so every `node`,
// `npx`, vitest, tsc and Playwright process below it uses it too. Older still: one line naming the fix.
//
// Written for old Nodes on purpose (no `??`, `?.`, top-level await; imported first, everything else is
// imported only after the check), so that an old Node gets this message rather than a SyntaxError.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node versions every installed package accepts (the `engines` of each package.json say the same). */
export const SUPPORTED = '^22.12.0 || >=24';
/** What `.runtime/` is filled with: the newest Node 22 on the registry. */
const LOCAL_SPEC = 'node@22';
/** Below this we do not try to fetch a Node: its own npm and our scripts are not tested there. */
const OLDEST_FETCHING = 18;

const root = fileURLToPath(new URL('..', import.meta.url));
export const runtimeDir = join(root, '.runtime');
const binDir = join(runtimeDir, 'node_modules', '.bin');
const localNode = join(binDir, process.platform === 'win32' ? 'node.cmd' : 'node');
// Set in the re-run command, so a broken `.runtime/` can never make it re-run itself in a loop.
const CHILD_FLAG = 'SPINEKIND_LOCAL_NODE';

/**
 * What to do on Node `version` (`22.12.0` or `v22.12.0`): `run` when it is supported, `fetch` when it is
 * old but can fetch and hand over to a local Node 22, `too-old` when it cannot.
 */
export function runtimeDecision(version) {
  const parts = String(version).replace(/^v/, '').split('.').map(Number);
  const major = parts[0];
  const minor = parts[1] || 0;
  if (major >= 24 || (major === 22 && minor >= 12)) return 'run';
  if (major >= OLDEST_FETCHING) return 'fetch';
  return 'too-old';
}

/** The one line an old Node prints before running on the local one. */
export function handOverLine(systemVersion, localVersion, fetched) {
  return `▸ This Node (${systemVersion}) is too old for Spinekind (needs ${SUPPORTED}), so it runs on the project-local Node ${localVersion} in .runtime/${fetched ? ', fetched now from the npm registry (once)' : ''}.`;
}

/** The one line a Node too old even to fetch another prints. */
export function tooOldLine(systemVersion) {
  return `✗ Node ${systemVersion} is too old to run Spinekind (needs ${SUPPORTED}). Install Node 22 LTS (https://nodejs.org, or \`nvm install 22\`) and run the command again.`;
}

function localVersion() {
  const pkg = join(runtimeDir, 'node_modules', 'node', 'package.json');
  if (!existsSync(localNode) || !existsSync(pkg)) return null;
  const version = JSON.parse(readFileSync(pkg, 'utf8')).version;
  return runtimeDecision(version) === 'run' ? `v${version}` : null;
}

function fetchLocalNode() {
  // The `node` package puts the real binary in place from its preinstall script: approve just that one
  // (npm 11 blocks dependency install scripts unless the project's `allowScripts` names them).
  mkdirSync(runtimeDir, { recursive: true });
  writeFileSync(
    join(runtimeDir, 'package.json'),
    `${JSON.stringify({ private: true, allowScripts: { node: true } }, null, 2)}\n`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['install', '--prefix', runtimeDir, '--no-audit', '--no-fund', LOCAL_SPEC];
  const res = spawnSync(npm, args, { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  const version = res.status === 0 ? localVersion() : null;
  if (version) return version;
  process.stderr.write((res.stdout || '') + (res.stderr || ''));
  console.error(
    `✗ Could not fetch ${LOCAL_SPEC} into .runtime/ (npm ${args.join(' ')}). Install Node 22 LTS (https://nodejs.org) and run the command again.`,
  );
  process.exit(1);
}

/**
 * Runs `main` when this Node is supported; otherwise runs this same command again on the local Node 22
 * (fetching it the first time) and exits with its status, or explains and exits when Node is too old.
 */
export function onSupportedNode(main) {
  const system = process.version;
  const decision = runtimeDecision(system);
  if (decision === 'run') {
    main();
    return;
  }
  if (decision === 'too-old' || process.env[CHILD_FLAG]) {
    console.error(tooOldLine(system));
    process.exit(1);
  }
  let version = localVersion();
  const fetched = !version;
  if (fetched) version = fetchLocalNode();
  console.log(handOverLine(system, version, fetched));
  const env = Object.assign({}, process.env, { PATH: binDir + delimiter + process.env.PATH });
  env[CHILD_FLAG] = '1';
  const child = spawn(localNode, process.execArgv.concat(process.argv.slice(1)), {
    stdio: 'inherit',
    env: env,
  });
  // Ctrl-C reaches the child from the terminal itself; a SIGTERM sent to this process is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code === null ? (signal === 'SIGINT' ? 130 : 1) : code));
}
