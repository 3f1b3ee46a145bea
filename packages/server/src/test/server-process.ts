import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const mainJs = join(repoRoot, 'packages/server/dist/main.js');

/**
 * Brings `dist` up to date with `tsc -b` (incremental: quick when nothing changed). Type errors in
 * another helper's unfinished file don't stop the emit, so only a missing entry point is an error.
 */
export function ensureServerBuilt(): void {
  const run = spawnSync('npx', ['tsc', '-b', 'packages/server'], { cwd: repoRoot, encoding: 'utf8' });
  if (!existsSync(mainJs)) throw new Error(`could not build the server:\n${run.stdout}${run.stderr}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface ServerProcess {
  url: string;
  /** Every JSON log line the process printed. */
  logs: Record<string, unknown>[];
  /** Everything else it printed (plain lines on stdout, and stderr). */
  output(): string;
  /** Resolves once a plain output line matches, or throws when the process ends first or `ms` pass. */
  waitForLine(pattern: RegExp, ms?: number): Promise<void>;
  /** Resolves once `/health` answers 200; throws when the process ends first or `ms` pass. */
  healthy(ms?: number): Promise<void>;
  /** SIGKILL, as the OOM killer or `kill -9` would: no shutdown hook runs. */
  kill(): Promise<void>;
  /** SIGTERM: the clean shutdown. */
  stop(): Promise<void>;
}

/** Spawns `node packages/server/dist/main.js` with the given environment, without waiting for it. */
export async function spawnServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const { DATABASE_URL: _d, DATA_DIR: _a, TEST_DB: _t, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, [mainJs], {
    cwd: repoRoot,
    env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let text = '';
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
      else text += `${line}\n`;
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const poll = async (what: string, ready: () => Promise<boolean>, ms: number) => {
    const until = Date.now() + ms;
    while (!(await ready())) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`server process exited before ${what}:\n${text}`);
      if (Date.now() > until) throw new Error(`server process: no ${what} within ${ms} ms:\n${text}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    url,
    logs,
    output: () => text,
    waitForLine: (pattern, ms = 120_000) => poll(`line ${pattern}`, async () => pattern.test(text), ms),
    healthy: (ms = 120_000) =>
      poll(
        '/health',
        () =>
          fetch(`${url}/health`).then(
            (r) => r.ok,
            () => false,
          ),
        ms,
      ),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Starts `node packages/server/dist/main.js` with the given environment and waits (up to `waitMs`) for /health. */
export async function startServerProcess(
  env: Record<string, string>,
  waitMs = 120_000,
): Promise<ServerProcess> {
  const server = await spawnServerProcess(env);
  await server.healthy(waitMs);
  return server;
}

/** A tiny HTTP client with a session cookie, for talking to a server process. */
export async function registerOn(url: string) {
  const email = `u-${crypto.randomUUID()}@example.test`;
  const res = await fetch(`${url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery staple' }),
  });
  if (res.status !== 201) throw new Error(`register failed: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async (base: string, method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await r.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests assert on arbitrary response JSON.
    return { status: r.status, json: (text ? JSON.parse(text) : undefined) as any };
  };
}
