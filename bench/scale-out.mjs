// Issue #23 point 6, first half: two server instances on one PostgreSQL database behind a round-robin
// proxy (bench/proxy.mjs), the mixed load (bench/mixed-scenario.mjs) spread over both, against the same
// load through the same proxy to one instance. Then the checks: every check-in answered 201 is found
// afterwards (through the other instance's API); check-in reminders due at one instant on both instances,
// whose reminder jobs tick every second, reach each device exactly once (a local push service counts);
// a session made on one instance works on the other, and sign-out or a revoke on one is refused by both
// on the very next request. Run by bench/mixed.mjs when DATABASE_URL_BENCH or DATABASE_URL_TEST is set.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { root } from '../scripts/lib.mjs';
import { freePort, freshPostgresDatabase } from './lib.mjs';
import { lostWrites, MIXED_CONNECTIONS, MIXED_SECONDS, mixedLoad, seedUsers } from './mixed-scenario.mjs';
import { deviceSubscription, startPushService } from './push-service.mjs';
import { PASSWORD, startNode, startServer, stopChild } from './server.mjs';

const REMINDER_USERS = 10;
const DEVICES_EACH = 2;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const postgresUrl = process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL_TEST;

async function startInstance(env) {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dataDir = mkdtempSync(join(root, '.tmp', 'bench-scale-'));
  const port = await freePort();
  const child = await startServer(dataDir, port, env);
  return { child, dataDir, base: `http://127.0.0.1:${port}` };
}

async function startProxy(upstreams) {
  const port = await freePort();
  const child = await startNode([join(root, 'bench', 'proxy.mjs')], {
    PORT: String(port),
    UPSTREAMS: upstreams.map((u) => u.base).join(','),
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** Warm-up, then the measured mixed load through `proxy`; answers the result with the proxy's spread. */
async function loadThrough(proxy, users) {
  await mixedLoad(proxy.base, users, 3);
  const loadAvgStart = loadavg()[0];
  const result = await mixedLoad(proxy.base, users, MIXED_SECONDS);
  const spread = await (await fetch(`${proxy.base}/__proxy/counts`)).json();
  return { ...result, perStep: undefined, loadAvgStart, loadAvgEnd: loadavg()[0], spread };
}

async function call(base, method, path, { cookie, body, address = '10.99.0.1' } = {}) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      'x-forwarded-for': address,
      ...(cookie ? { cookie } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  return { status: res.status, json: text ? JSON.parse(text) : undefined, cookie: cookies.join('; ') };
}

/** Users with check-in reminders at one minute (UTC) and two devices each; answers their ids and paths. */
async function reminderUsers(base, push, dueAt) {
  const time = dueAt.toISOString().slice(11, 16);
  const users = [];
  for (let i = 0; i < REMINDER_USERS; i++) {
    const address = `10.99.1.${i + 1}`;
    const email = `reminded-${Date.now()}-${i}@example.test`;
    const { json, cookie } = await call(base, 'POST', '/auth/register', {
      body: { email, password: PASSWORD },
      address,
    });
    const devices = Array.from({ length: DEVICES_EACH }, () => deviceSubscription(push.url));
    for (const d of devices) {
      const res = await call(base, 'POST', '/push/subscriptions', { cookie, body: d.subscription, address });
      if (res.status !== 201) throw new Error(`subscribe: ${res.status} ${JSON.stringify(res.json)}`);
    }
    const settings = {
      timeZone: 'UTC',
      quietHours: null,
      checkin: { enabled: true, times: [time], days: [1, 2, 3, 4, 5, 6, 7] },
      routines: { enabled: false, minutesBefore: 10 },
      questionnaires: { enabled: false },
      period: { enabled: false, daysBefore: 2 },
      lesson: { enabled: false, time: '12:30' },
      experiments: { enabled: false },
    };
    const saved = await call(base, 'PUT', '/reminders', { cookie, body: { settings }, address });
    if (saved.status !== 200) throw new Error(`reminders: ${saved.status} ${JSON.stringify(saved.json)}`);
    users.push({ id: json.user.id, paths: devices.map((d) => d.path) });
  }
  return users;
}

/** Waits until the due reminders are settled in the database; answers the pushes counted and the rows. */
async function remindersOutcome(databaseUrl, push, users, dueAt) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const ids = users.map((u) => u.id);
  let rows = [];
  for (let i = 0; i < 120; i++) {
    const q =
      'select status, count(*)::int as n from push_reminders where user_id = any($1::uuid[]) group by status';
    rows = (await client.query(q, [ids])).rows;
    const open = rows.filter((r) => r.status === 'pending' || r.status === 'sending').length;
    if (Date.now() > dueAt.getTime() + 5000 && rows.length && !open) break;
    await sleep(1000);
  }
  await client.end();
  const perDevice = users.flatMap((u) => u.paths.map((p) => push.received.get(p) ?? 0));
  return {
    due: dueAt.toISOString(),
    devices: perDevice.length,
    pushes: perDevice.reduce((a, b) => a + b, 0),
    duplicated: perDevice.filter((n) => n > 1).length,
    missed: perDevice.filter((n) => n === 0).length,
    rows: Object.fromEntries(rows.map((r) => [r.status, r.n])),
  };
}

/** Sign-in on one instance seen by the other; sign-out and revoke on one refused by both at once. */
async function sessionChecks(one, two) {
  const email = `sessions-${Date.now()}@example.test`;
  const registered = await call(one.base, 'POST', '/auth/register', { body: { email, password: PASSWORD } });
  const login = (base) => call(base, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
  const me = async (base, cookie) => (await call(base, 'GET', '/me', { cookie })).status;
  const a = await login(one.base);
  const madeOnOneValidOnTwo = (await me(two.base, a.cookie)) === 200;
  const out = await call(one.base, 'POST', '/auth/logout', { cookie: a.cookie });
  const signOut = [out.status, await me(two.base, a.cookie), await me(one.base, a.cookie)];
  // Revoke: her session from instance 1 ended from instance 2 (Settings → your devices).
  const b = await login(one.base);
  const c = await login(two.base);
  const listed = await call(two.base, 'GET', '/me/sessions', { cookie: c.cookie });
  const [ofB] = listed.json.items
    .filter((s) => !s.current)
    .sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1));
  const revoked = await call(two.base, 'DELETE', `/me/sessions/${ofB.id}`, { cookie: c.cookie });
  const revoke = [
    revoked.status,
    await me(one.base, b.cookie),
    await me(two.base, b.cookie),
    await me(one.base, c.cookie),
  ];
  await call(one.base, 'DELETE', '/me', { cookie: registered.cookie, body: { password: PASSWORD } });
  return {
    madeOnOneValidOnTwo,
    signOut,
    signOutRefusedByBoth: signOut[0] === 204 && signOut[1] === 401 && signOut[2] === 401,
    revoke,
    revokeRefusedByBoth: revoke[0] === 204 && revoke[1] === 401 && revoke[2] === 401 && revoke[3] === 200,
  };
}

export async function benchScaleOut() {
  const db = await freshPostgresDatabase(postgresUrl);
  const push = await startPushService();
  const env = {
    DATABASE_URL: db.url,
    TRUST_PROXY: '127.0.0.1',
    PUSH_JOB_INTERVAL_MS: '1000',
    PUSH_ENDPOINT_HOSTS: push.host,
    PUSH_CA_FILE: push.certFile,
  };
  const running = [];
  try {
    // One after the other: each instance migrates at start, and Drizzle's migrator takes no lock (README).
    const one = await startInstance(env);
    running.push(one);
    const two = await startInstance(env);
    running.push(two);
    const users = await seedUsers(one.base, MIXED_CONNECTIONS);
    const proxyOne = await startProxy([one]);
    running.push(proxyOne);
    const single = await loadThrough(proxyOne, users);
    // Due at the next whole minute at least 20 s away: during the load on both, or soon after it.
    const dueAt = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
    const reminded = await reminderUsers(one.base, push, dueAt);
    const proxyTwo = await startProxy([one, two]);
    running.push(proxyTwo);
    const spread = await loadThrough(proxyTwo, users);
    const writes = await lostWrites(two.base, users);
    const reminders = await remindersOutcome(db.url, push, reminded, dueAt);
    const sessions = await sessionChecks(one, two);
    return { single, spread, writes, reminders, sessions, reminderJobMs: 1000 };
  } finally {
    for (const p of running.reverse()) {
      await stopChild(p.child);
      if (p.dataDir) rmSync(p.dataDir, { recursive: true, force: true });
    }
    push.close();
    await db.drop();
  }
}

const f = (n, d = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d })
    : '—';
const pass = (ok) => (ok ? 'pass' : 'FAIL');

export function printScaleOut(s) {
  console.log(
    '\nScale-out on PostgreSQL: two instances on one database behind a round-robin Node proxy (bench/proxy.mjs), ' +
      `the mixed load (${MIXED_CONNECTIONS} connections, ${MIXED_SECONDS} s) through it`,
  );
  console.log(
    `${'case'.padEnd(36)}${'req/s'.padEnd(8)}${'p50 ms'.padEnd(8)}${'p99 ms'.padEnd(8)}${'max ms'.padEnd(8)}${'errors'.padEnd(8)}${'load avg'.padEnd(11)}ratio`,
  );
  for (const [title, r] of [
    ['one instance, through the proxy', s.single],
    ['two instances, through the proxy', s.spread],
  ]) {
    const ratio = r === s.single ? '(baseline)' : `${(r.rps / s.single.rps).toFixed(2)}× of one instance`;
    console.log(
      `${title.padEnd(36)}${f(r.rps).padEnd(8)}${f(r.p50).padEnd(8)}${f(r.p99).padEnd(8)}${f(r.max).padEnd(8)}` +
        `${f(r.errors).padEnd(8)}${`${f(r.loadAvgStart, 1)}–${f(r.loadAvgEnd, 1)}`.padEnd(11)}${ratio} (requests per instance: ${r.spread.join(' / ')})`,
    );
    if (r.errors)
      console.log(
        `  errors: ${JSON.stringify(r.unexpected)}, ${r.connectionErrors} connection errors, ${r.timeouts} timeouts`,
      );
  }
  const w = s.writes;
  console.log(
    `  no lost write: ${f(w.acknowledged)} check-ins answered 201, ${w.missing} missing through instance 2's API — ${pass(!w.missing)}`,
  );
  const r = s.reminders;
  console.log(
    `  no duplicate reminder: ${REMINDER_USERS} check-in reminders due ${r.due} on both instances (jobs every ${s.reminderJobMs} ms), ` +
      `${r.devices} devices: ${r.pushes} pushes received, ${r.duplicated} devices twice, ${r.missed} none; rows ${JSON.stringify(r.rows)} — ${pass(!r.duplicated && !r.missed)}`,
  );
  const x = s.sessions;
  console.log(`  session made on instance 1 valid on instance 2: ${pass(x.madeOnOneValidOnTwo)}`);
  console.log(
    `  sign-out on 1 (${x.signOut[0]}), next request on 2: ${x.signOut[1]}, on 1: ${x.signOut[2]} — ${pass(x.signOutRefusedByBoth)}`,
  );
  console.log(
    `  revoke on 2 of a session from 1 (${x.revoke[0]}), next request on 1: ${x.revoke[1]}, on 2: ${x.revoke[2]}; ` +
      `the revoking session still ${x.revoke[3]} — ${pass(x.revokeRefusedByBoth)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printScaleOut(await benchScaleOut());
