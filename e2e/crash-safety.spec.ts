import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Runs the real built server as its own process and kills it hard, the way a power cut or an OOM kill would.
const port = 8300 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'spinekind-crash-'));
let server: ChildProcess | undefined;

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['packages/server/dist/main.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function call(method: string, path: string, cookie: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const setCookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    status: res.status,
    json: res.status === 204 ? undefined : await res.json(),
    cookie: setCookie || cookie,
  };
}

test.afterEach(() => {
  server?.kill('SIGKILL');
});

test('a check-in answered 201 survives SIGKILL right after, every time, on PGlite', async () => {
  test.setTimeout(180_000);
  const email = `crash-${randomUUID()}@example.test`;
  server = await startServer();
  let { cookie } = await call('POST', '/api/v1/auth/register', '', {
    email,
    password: 'correct horse battery',
  });
  const ids: string[] = [];
  for (let round = 0; round < 3; round++) {
    const id = randomUUID();
    const res = await call('POST', '/api/v1/checkins', cookie, {
      id,
      recordedAt: '2026-03-14T08:30:00Z',
      pain: round + 3,
    });
    expect(res.status).toBe(201);
    ids.push(id);
    server.kill('SIGKILL');
    await exited(server);
    server = await startServer();
    cookie = (await call('POST', '/api/v1/auth/login', '', { email, password: 'correct horse battery' }))
      .cookie;
    const list = await call('GET', '/api/v1/checkins?from=2026-03-14&to=2026-03-14', cookie);
    expect(list.json.items.map((c: { id: string }) => c.id)).toEqual(ids);
  }
});

test('SIGTERM shuts down cleanly with exit code 0 and the data opens again', async () => {
  test.setTimeout(120_000);
  server = await startServer();
  const { cookie } = await call('POST', '/api/v1/auth/register', '', {
    email: `term-${randomUUID()}@example.test`,
    password: 'correct horse battery',
  });
  expect(
    (await call('POST', '/api/v1/checkins', cookie, { recordedAt: '2026-03-15T08:30:00Z', pain: 2 })).status,
  ).toBe(201);
  server.kill('SIGTERM');
  expect(await exited(server)).toBe(0);
  server = await startServer();
  expect((await call('GET', '/api/v1/me', cookie)).status).toBe(200);
});
