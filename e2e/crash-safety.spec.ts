import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// Crash safety of the default set-up (PGlite under DATA_DIR): the real built server runs as its own
// process and is killed with SIGKILL, which skips every shutdown hook, as the OOM killer or a
// `kill -9` would. Whatever was answered 201 must be there after a restart, exactly once.
// PGlite runs with fsync=off, so this proves durability against process death, not a power cut.
const mainJs = 'packages/server/dist/main.js';
const PASSWORD = 'correct horse battery';

interface Server {
  child: ChildProcess;
  base: string;
  output: () => string;
}

const children = new Set<ChildProcess>();
const dataDirs: string[] = [];

test.afterEach(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
});
test.afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spinekind-crash-'));
  dataDirs.push(dir);
  return dir;
}

/** Asks the OS for a port nobody holds, so parallel workers and other suites never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(dataDir: string): Promise<Server> {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: build with \`npx tsc -b packages/server\``);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Only PGlite is under test here: a DATABASE_URL or PUBLIC_URL from the caller's shell must not leak in.
  const { DATABASE_URL: _db, PUBLIC_URL: _url, TRUST_PROXY: _proxy, ...env } = process.env;
  const child = spawn(process.execPath, [mainJs], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  // A first start creates and migrates the database: about 10 s when quiet, minutes on a busy machine.
  for (let i = 0; i < 1500; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    const health = await fetch(`${base}/health`).then(
      (r) => (r.ok ? r.json() : undefined),
      () => undefined,
    );
    if (health) {
      expect(health.db).toBe('pglite');
      return { child, base, output: () => output };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer /health within 150 s:\n${output}`);
}

/** Resolves with the exit code once the process is gone (null when a signal ended it). */
function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function kill(server: Server): Promise<void> {
  server.child.kill('SIGKILL');
  await exited(server.child);
}

async function call(server: Server, method: string, path: string, cookie: string, body?: unknown) {
  const res = await fetch(server.base + path, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const setCookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, cookie: setCookie || cookie };
}

async function register(server: Server, email: string): Promise<string> {
  const res = await call(server, 'POST', '/api/v1/auth/register', '', { email, password: PASSWORD });
  expect(res.status).toBe(201);
  return res.cookie;
}

async function signIn(server: Server, email: string): Promise<string> {
  const res = await call(server, 'POST', '/api/v1/auth/login', '', { email, password: PASSWORD });
  expect(res.status).toBe(200);
  return res.cookie;
}

async function checkinIds(server: Server, cookie: string, day: string): Promise<string[]> {
  const res = await call(server, 'GET', `/api/v1/checkins?from=${day}&to=${day}`, cookie);
  expect(res.status).toBe(200);
  return res.json.items.map((c: { id: string }) => c.id);
}

const checkin = (id: string, hour: number, pain = 4) => ({
  id,
  recordedAt: `2026-03-14T${String(hour).padStart(2, '0')}:30:00Z`,
  pain,
});

test('a check-in answered 201 survives SIGKILL right after, three times in a row', async () => {
  test.setTimeout(300_000);
  const dataDir = freshDataDir();
  const email = `crash-${randomUUID()}@example.test`;
  const startedAt = Date.now();
  let server = await startServer(dataDir);
  console.log(`first start on an empty DATA_DIR took ${Date.now() - startedAt} ms`);
  let cookie = await register(server, email);
  const ids: string[] = [];
  for (let round = 0; round < 3; round++) {
    const id = randomUUID();
    const res = await call(server, 'POST', '/api/v1/checkins', cookie, checkin(id, 8 + round, round + 3));
    expect(res.status).toBe(201);
    ids.push(id);
    await kill(server); // nothing else happens between the 201 and the kill

    const restartedAt = Date.now();
    server = await startServer(dataDir);
    console.log(`round ${round + 1}: restart after SIGKILL took ${Date.now() - restartedAt} ms`);
    cookie = await signIn(server, email);
    // Distinct recordedAt values fix the order, so equality also proves "exactly once".
    expect(await checkinIds(server, cookie, '2026-03-14')).toEqual(ids);
  }
});

test('SIGKILL amid a burst of creates keeps every 201, and replaying the burst adds no duplicates', async () => {
  test.setTimeout(240_000);
  const dataDir = freshDataDir();
  const email = `burst-${randomUUID()}@example.test`;
  let server = await startServer(dataDir);
  let cookie = await register(server, email);
  const ids = Array.from({ length: 12 }, () => randomUUID());
  const answered: string[] = [];
  const victim = server;
  // Kill on the fourth 201 while the other requests are still in flight, as a crash would.
  await new Promise<void>((resolve) => {
    let pending = ids.length;
    ids.forEach((id, i) => {
      call(victim, 'POST', '/api/v1/checkins', cookie, checkin(id, i))
        .then((res) => {
          if (res.status !== 201) return;
          answered.push(id);
          if (answered.length === 4) victim.child.kill('SIGKILL');
        })
        .catch(() => {}) // requests cut off by the kill fail; that is the point
        .finally(() => --pending === 0 && resolve());
    });
  });
  await kill(victim); // already dead unless fewer than four creates succeeded; the assertion says so
  expect(answered.length).toBeGreaterThanOrEqual(4);

  server = await startServer(dataDir);
  cookie = await signIn(server, email);
  const survived = await checkinIds(server, cookie, '2026-03-14');
  for (const id of answered) expect(survived).toContain(id);
  expect(new Set(survived).size).toBe(survived.length);
  console.log(
    `burst: ${answered.length} of ${ids.length} answered 201 before the kill; ${survived.length} stored`,
  );

  // The web outbox replays with the same ids after a failure: each id must end up stored once.
  for (const [i, id] of ids.entries()) {
    const res = await call(server, 'POST', '/api/v1/checkins', cookie, checkin(id, i));
    expect(res.status).toBe(survived.includes(id) ? 200 : 201);
  }
  expect(await checkinIds(server, cookie, '2026-03-14')).toEqual(ids);
});

test('SIGTERM shuts down cleanly with exit code 0 and the data opens again', async () => {
  test.setTimeout(240_000);
  const dataDir = freshDataDir();
  const email = `term-${randomUUID()}@example.test`;
  let server = await startServer(dataDir);
  let cookie = await register(server, email);
  const id = randomUUID();
  expect((await call(server, 'POST', '/api/v1/checkins', cookie, checkin(id, 9))).status).toBe(201);

  const stoppedAt = Date.now();
  server.child.kill('SIGTERM');
  const timeout = new Promise<string>((r) => setTimeout(() => r('still running after 10 s'), 10_000));
  expect(await Promise.race([exited(server.child), timeout]), server.output()).toBe(0);
  console.log(`SIGTERM: exited with 0 after ${Date.now() - stoppedAt} ms`);

  server = await startServer(dataDir);
  cookie = await signIn(server, email);
  expect(await checkinIds(server, cookie, '2026-03-14')).toEqual([id]);
  const next = randomUUID();
  expect((await call(server, 'POST', '/api/v1/checkins', cookie, checkin(next, 10))).status).toBe(201);
  expect(await checkinIds(server, cookie, '2026-03-14')).toEqual([id, next]);
});
