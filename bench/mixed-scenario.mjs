// Issue #23 point 2: what real use looks like to the server. Each virtual user (one autocannon connection)
// is one of the seeded users: she signs in once (POST /auth/login, argon2 and a new session), then keeps
// asking a weighted mix of what the app asks — her profile, a new check-in, a month of history, insights,
// the weekly plan (read, and saved with If-Match), the exercise catalogue. Requests carry what a browser
// sends (Accept-Encoding br, Accept-Language) and, as behind a proxy, an X-Forwarded-For address of her own,
// so the per-address sign-in limit sees 50 people, not one. Any answer other than the one each step
// expects (login 200, check-in 201, the rest 200) is an error; so is a timeout or a dropped connection.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { PASSWORD } from './server.mjs';

export const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 60);
export const MIXED_CONNECTIONS = 50;
/** Weights of each step after sign-in (percent of requests). */
export const MIX = { me: 25, checkin: 20, history: 20, plan: 15, planSave: 5, insights: 5, exercises: 10 };
const EXPECTED = { signIn: 200, me: 200, checkin: 201, history: 200, plan: 200, planSave: 200 };
const DAY = 86_400_000;
const browser = {
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'en-GB,en;q=0.9',
  'user-agent': 'Mozilla/5.0 (bench mixed)',
};
const dayOf = (offset) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const areas = ['lower_back_centre', 'lower_back_left', 'neck', 'hip_right', 'buttock_left'];
const foodsOf = ['oily_fish', 'berries', 'alcohol', 'caffeine_after_noon'];

/** A check-in as the form sends it; `i` varies the answers the way a diary does. */
export function checkinOf(recordedAt, i) {
  const pain = (i * 7) % 11;
  return {
    id: randomUUID(),
    recordedAt,
    pain,
    painWorst: Math.min(10, pain + (i % 3)),
    bodyAreas: [areas[i % areas.length], areas[(i + 2) % areas.length]],
    stiffnessMinutes: (i * 13) % 90,
    sleepHours: 5 + (i % 8) / 2,
    sleepQuality: i % 11,
    mood: (i * 3) % 11,
    stress: (i * 5) % 11,
    hotFlushes: i % 9,
    bleeding: i % 28 < 4 ? 'light' : 'none',
    activityMinutes: (i * 17) % 120,
    foods: [foodsOf[i % foodsOf.length]],
    notes: i % 5 === 0 ? `Long day at the desk, walked at lunch (${i}).` : null,
  };
}

/** The n-th virtual user's address, as a proxy in front would report it. */
const addressOf = (i) => `10.23.${Math.floor(i / 250)}.${(i % 250) + 1}`;
const cookieOf = (setCookie) =>
  [setCookie ?? []]
    .flat()
    .map((c) => c.split(';')[0])
    .join('; ');

/** Runs `task(i)` for i < n, `width` at a time. */
async function inParallel(n, width, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

async function call(base, user, method, path, body, expected, extra = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      'x-forwarded-for': user.address,
      ...(user.cookie ? { cookie: user.cookie } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...extra,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/**
 * Registers `n` users, each with `days` days of check-ins (two a day, ending yesterday) and a saved plan;
 * answers them with their session cookie (for checks and clean-up; the load signs in again).
 */
export async function seedUsers(base, n, days = 60) {
  const tag = Date.now().toString(36);
  const users = Array.from({ length: n }, (_, i) => ({
    email: `mixed-${tag}-${i}@example.test`,
    address: addressOf(i),
    created: new Set(),
  }));
  // argon2 (19 MiB) per registration: a few at a time.
  await inParallel(n, 4, async (i) => {
    const user = users[i];
    const res = await call(
      base,
      user,
      'POST',
      '/api/v1/auth/register',
      { email: user.email, password: PASSWORD },
      201,
    );
    user.cookie = cookieOf(res.headers.getSetCookie());
  });
  const perUser = days * 2;
  await inParallel(n * perUser, 8, async (k) => {
    const user = users[k % n];
    const j = Math.floor(k / n);
    const at = `${dayOf(-days + Math.floor(j / 2))}T${j % 2 ? '20:30' : '08:00'}:00+00:00`;
    await call(base, user, 'POST', '/api/v1/checkins', checkinOf(at, j), 201);
  });
  await inParallel(n, 8, async (i) => {
    const user = users[i];
    const { plan } = await (await call(base, user, 'GET', '/api/v1/plan', undefined, 200)).json();
    const saved = await call(base, user, 'PUT', '/api/v1/plan', plan, 200);
    user.plan = plan;
    user.planVersion = (await saved.json()).version;
  });
  return users;
}

/** The request of one step for `user` (`vu` is her connection's state). */
function stepRequest(action, user, vu, base) {
  const json = { ...base.headers, 'content-type': 'application/json' };
  switch (action) {
    case 'signIn':
      return {
        method: 'POST',
        path: '/api/v1/auth/login',
        headers: json,
        body: JSON.stringify({ email: user.email, password: PASSWORD }),
      };
    case 'me':
      return { method: 'GET', path: '/api/v1/me' };
    case 'checkin': {
      const body = checkinOf(`${new Date().toISOString().slice(0, 19)}+00:00`, vu.n);
      vu.checkinId = body.id;
      return { method: 'POST', path: '/api/v1/checkins', headers: json, body: JSON.stringify(body) };
    }
    case 'history':
      return { method: 'GET', path: `/api/v1/checkins?from=${dayOf(-45)}&to=${dayOf(-16)}` };
    case 'insights':
      return { method: 'GET', path: `/api/v1/insights?from=${dayOf(-89)}&to=${dayOf(0)}` };
    case 'exercises':
      return { method: 'GET', path: '/api/v1/exercises' };
    // The plan's answers are read for their version, so these two ask for them uncompressed (~1 KB).
    case 'plan':
      return {
        method: 'GET',
        path: '/api/v1/plan',
        headers: { ...base.headers, 'accept-encoding': 'identity' },
      };
    case 'planSave': {
      const plan = {
        ...user.plan,
        entries: user.plan.entries.map((e) => ({ ...e, time: vu.n % 2 ? '07:30' : '07:45' })),
      };
      const headers = { ...json, 'accept-encoding': 'identity', 'if-match': `"${user.planVersion}"` };
      return { method: 'PUT', path: '/api/v1/plan', headers, body: JSON.stringify(plan) };
    }
  }
}

const stepsOf = (mix) => Object.entries(mix).flatMap(([action, weight]) => Array(weight).fill(action));

/**
 * Runs the mixed load on `url` for `seconds` with one connection per user; answers autocannon's
 * req/s and latency, the unexpected answers by step and status, and per-step latency.
 */
export async function mixedLoad(url, users, seconds, { connections = users.length, mix = MIX } = {}) {
  const steps = stepsOf(mix);
  let nextUser = 0;
  const perStep = new Map();
  const unexpected = new Map();
  /** Each connection is one woman: her own state, kept across requests (autocannon's context is not). */
  const setupClient = (client) => {
    const vu = { user: users[nextUser++ % users.length], n: 0 };
    const setupRequest = (req) => {
      const { user } = vu;
      vu.n += 1;
      // Signed in, the app's Move screen reads her plan first: its version is hers from then on (an
      // earlier run may have left a save unanswered).
      vu.action = !vu.cookie
        ? 'signIn'
        : vu.planRead
          ? steps[Math.floor(Math.random() * steps.length)]
          : 'plan';
      const headers = {
        ...browser,
        'x-forwarded-for': user.address,
        ...(vu.cookie ? { cookie: vu.cookie } : {}),
      };
      const step = stepRequest(vu.action, user, vu, { headers });
      vu.sentAt = performance.now();
      return { ...req, headers, ...step };
    };
    const onResponse = (status, body, _context, headers) => {
      const latencies = perStep.get(vu.action) ?? [];
      latencies.push(performance.now() - vu.sentAt);
      perStep.set(vu.action, latencies);
      if (status !== (EXPECTED[vu.action] ?? 200)) {
        const key = `${vu.action} ${status}`;
        unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
        return;
      }
      if (vu.action === 'signIn') vu.cookie = cookieOf(headers['set-cookie'] ?? headers['Set-Cookie']);
      if (vu.action === 'checkin') vu.user.created.add(vu.checkinId);
      if (vu.action === 'plan' || vu.action === 'planSave') {
        vu.user.planVersion = JSON.parse(body).version;
        vu.planRead = true;
      }
    };
    client.setRequests([{ setupRequest, onResponse }]);
  };
  const r = await autocannon({ url, connections, duration: seconds, setupClient });
  const errors = r.errors + r.timeouts + [...unexpected.values()].reduce((a, b) => a + b, 0);
  return {
    rps: r.requests.average,
    total: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors,
    connectionErrors: r.errors,
    timeouts: r.timeouts,
    unexpected: Object.fromEntries(unexpected),
    perStep: Object.fromEntries(perStep),
  };
}

/** Every check-in the load got 201 for, looked up through the API: answers how many are missing. */
export async function lostWrites(base, users) {
  let missing = 0;
  let acknowledged = 0;
  await inParallel(users.length, 8, async (i) => {
    const user = users[i];
    const res = await call(
      base,
      user,
      'GET',
      `/api/v1/checkins?from=${dayOf(-1)}&to=${dayOf(1)}`,
      undefined,
      200,
    );
    const stored = new Set((await res.json()).items.map((c) => c.id));
    acknowledged += user.created.size;
    for (const id of user.created) if (!stored.has(id)) missing += 1;
  });
  return { acknowledged, missing };
}
