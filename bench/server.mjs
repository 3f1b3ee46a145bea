// The real server as a child process, for benchmarks that measure it from outside: its event loop is
// then not the one the measuring client runs on, and its memory is its own.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../scripts/lib.mjs';
import { SERVER_ENV } from '../scripts/server-env.mjs';

export const PASSWORD = 'bench password 123';

/** Starts `packages/server/dist/main.js` on `port` with `DATA_DIR` and extra env; resolves once it listens. */
export function startServer(dataDir, port, extraEnv) {
  // The same V8 flags (package.json) and environment (scripts/server-env.mjs) as `npm start`, so the
  // measured server is the one users run.
  return startNode(['--max-semi-space-size=2', join(root, 'packages/server/dist/main.js')], {
    ...SERVER_ENV,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...extraEnv,
  });
}

/** Spawns `node <args>` with extra env; resolves once its stdout says "is running" (our servers' line). */
export async function startNode(args, env) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  for (let i = 0; i < 600 && !out.includes('is running'); i++) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!out.includes('is running')) {
    child.kill('SIGKILL');
    throw new Error(`${args.at(-1)} did not start: ${out}`);
  }
  return child;
}

/** SIGTERM, then waits for the exit (a CPU profile asked with --cpu-prof is written then). */
export async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Registers a fresh user; answers her session cookie. */
export async function register(base, name = 'bench') {
  const res = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `${name}-${Date.now()}-${Math.random()}@example.test`,
      password: PASSWORD,
    }),
  });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Deletes the user (leave nothing behind in a shared PostgreSQL). */
export async function unregister(base, cookie) {
  await fetch(`${base}/api/v1/me`, {
    method: 'DELETE',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ password: PASSWORD }),
  });
}
