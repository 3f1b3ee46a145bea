import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedPostgresSchema } from '../test/isolated-postgres.js';
import { ensureServerBuilt, type ServerProcess, startServerProcess } from '../test/server-process.js';
import { pgliteTemplateDir, testTarget, tmpRoot } from '../test/target.js';

// `npm run admin -- reset-link <email>` as the admin runs it: a child process on the server's DATA_DIR
// (or DATABASE_URL), with the server stopped, and while it runs.
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = join(repoRoot, 'packages/server/dist/admin/cli.js');
const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a brand new long passphrase';
const LINK = /^http:\/\/localhost:8080\/reset\/([A-Za-z0-9_-]{43})$/;

function runCli(args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _d, DATA_DIR: _a, TEST_DB: _t, PUBLIC_URL: _p, PORT: _o, ...inherited } = process.env;
  const res = spawnSync(process.execPath, [cli, ...args], {
    env: { ...inherited, ...env },
    encoding: 'utf8',
  });
  return { status: res.status, stdout: res.stdout.trim(), stderr: res.stderr.trim() };
}

async function post(base: string, path: string, body: unknown): Promise<number> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

const cleanups: (() => unknown)[] = [];
let server: ServerProcess | undefined;
beforeAll(() => ensureServerBuilt(), 300_000);
afterAll(async () => {
  await server?.stop();
  for (const c of cleanups.reverse()) await c();
});

describe('reset-link on the embedded database (DATA_DIR)', () => {
  const dir = join(tmpRoot, `pglite-admin-${randomUUID()}`);
  const env = { DATA_DIR: dir };
  const email = `u-${randomUUID()}@example.test`;

  it('says to stop the server while it runs on the same DATA_DIR (exit 1, one line)', async () => {
    cpSync(pgliteTemplateDir(), dir, { recursive: true });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    server = await startServerProcess(env);
    expect(await post(server.url, '/api/v1/auth/register', { email, password: PASSWORD })).toBe(201);
    const res = runCli(['reset-link', email], env);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/stop the server first/);
  }, 120_000);

  let token = '';
  it('prints a one-time link with the server stopped', async () => {
    await server?.stop();
    server = undefined;
    const res = runCli(['reset-link', email.toUpperCase()], env);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const [link, note] = res.stdout.split('\n');
    expect(link).toMatch(LINK);
    expect(note).toMatch(/works once, for the next 60 minutes/);
    token = LINK.exec(link as string)?.[1] as string;
  }, 60_000);

  it('names an unknown email, and a missing one, with exit code 1', () => {
    const unknown = runCli(['reset-link', 'nobody@example.test'], env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no account with the email nobody@example.test/);
    const missing = runCli(['reset-link'], env);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Give the email/);
  }, 60_000);

  it('builds the link on PUBLIC_URL when set', () => {
    const res = runCli(['reset-link', email], { ...env, PUBLIC_URL: 'https://spine.example.org/' });
    expect(res.stdout.split('\n')[0]).toMatch(/^https:\/\/spine\.example\.org\/reset\/[A-Za-z0-9_-]{43}$/);
  }, 60_000);

  it('takes over a lock left by a process that is gone', () => {
    writeFileSync(
      join(dir, 'spinekind.lock'),
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), what: 'server' }),
    );
    expect(runCli(['reset-link', email], env).status).toBe(0);
  }, 60_000);

  it('lets her set a new password with the link once the server is back', async () => {
    server = await startServerProcess(env);
    expect(await post(server.url, '/api/v1/auth/reset', { token, newPassword: NEW_PASSWORD })).toBe(204);
    expect(await post(server.url, '/api/v1/auth/reset', { token, newPassword: NEW_PASSWORD })).toBe(400);
    expect(await post(server.url, '/api/v1/auth/login', { email, password: NEW_PASSWORD })).toBe(200);
    await server.stop();
    server = undefined;
  }, 120_000);

  it('lists the commands when none is given (exit 2)', () => {
    const res = runCli([], env);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/reset-link <email>/);
  });
});

// PostgreSQL takes many clients: with DATABASE_URL the command works while the server runs.
const target = testTarget();
if (target.kind === 'postgres')
  describe('reset-link on PostgreSQL (DATABASE_URL)', () => {
    it('works while the server runs', async () => {
      const schema = await isolatedPostgresSchema(target.url);
      cleanups.push(() => schema.drop());
      const env = { DATABASE_URL: schema.url };
      server = await startServerProcess(env);
      const email = `u-${randomUUID()}@example.test`;
      expect(await post(server.url, '/api/v1/auth/register', { email, password: PASSWORD })).toBe(201);
      const res = runCli(['reset-link', email], env);
      expect(res.status).toBe(0);
      const token = LINK.exec(res.stdout.split('\n')[0] as string)?.[1];
      expect(await post(server.url, '/api/v1/auth/reset', { token, newPassword: NEW_PASSWORD })).toBe(204);
      await server.stop();
      server = undefined;
    }, 120_000);
  });
