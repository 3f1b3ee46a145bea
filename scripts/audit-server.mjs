// The real server for `npm run audit`: the built app on a free loopback port with a temporary PGlite
// DATA_DIR, and a user with 30 days of check-ins (a planted sleep pattern, periods, a treatment), so the
// signed-in screens show what an everyday visit shows.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, server) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) before answering`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not answer /health within 2 minutes');
}

/** Starts `packages/server/dist/main.js`; `stop()` ends it and removes its data. */
export async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'spinekind-audit-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['packages/server/dist/main.js'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  });
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(base, server);
  } catch (err) {
    await stop();
    throw err;
  }
  return { base, stop };
}

/** `daysAgo` days before now at `hour`:00, as ISO-8601 with the local offset. */
function localTime(daysAgo, hour) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hour, 0, 0, 0);
  const offset = -d.getTimezoneOffset();
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** Signs up a user with 30 days of history through the API; answers her session cookie (`name=value`). */
export async function seedUser(base, days = 30) {
  const send = async (path, body, cookie) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${path} answered ${res.status}`);
    return res;
  };
  const email = `audit-${randomUUID()}@example.test`;
  const res = await send('/auth/register', { email, password: 'correct horse battery' });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('spinekind_session='));
  if (!cookie) throw new Error('sign-up set no session cookie');
  for (let ago = days; ago >= 1; ago--) {
    const short = ago % 3 === 0;
    const checkin = { id: randomUUID(), recordedAt: localTime(ago, 8), pain: (short ? 6 : 3) + (ago % 2) };
    await send('/checkins', { ...checkin, sleepHours: short ? 5 : 8, stress: (ago * 7) % 11 }, cookie);
  }
  const date = (ago) => localTime(ago, 12).slice(0, 10);
  for (let start = days - 8; start > 0; start -= 28)
    await send('/periods', { startDate: date(start), endDate: date(start - 4) }, cookie);
  await send('/treatments', { kind: 'physio', name: 'Physio', startDate: date(Math.min(days, 20)) }, cookie);
  return cookie;
}
