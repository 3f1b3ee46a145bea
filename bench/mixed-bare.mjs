// The bare baseline of the mixed load: a child process with a bare Fastify (no plugins, no validation, no
// compression, no mapping) and the same database client as the app (PGlite with the app's start options,
// or a `pg` pool of 10), serving the same paths with the same statements at their core: a session row
// looked up by the SHA-256 of the cookie, then the step's own statement (insert a check-in, select a month,
// select 90 days for insights, read or save the plan with its version); sign-in and sign-up verify or hash
// with the same argon2id settings. What it does not do is what the app adds: the brake, helmet, zod, the
// insights statistics, compression. Run by bench/mixed.mjs with PORT and DATABASE_URL or DATA_DIR.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { hash, verify } from '@node-rs/argon2';
import Fastify from 'fastify';
import pg from 'pg';
import { exercisesIn } from '../packages/core/dist/index.js';

const argon = { memoryCost: 19456, timeCost: 2, parallelism: 1 };
const schema = `
  create table if not exists bare_users (id uuid primary key, email text unique not null, password_hash text not null);
  create table if not exists bare_sessions (token_hash text primary key, user_id uuid not null references bare_users on delete cascade);
  create table if not exists bare_checkins (user_id uuid not null references bare_users on delete cascade, id uuid not null,
    recorded_at timestamptz not null, local_date date not null, body jsonb not null, primary key (user_id, id));
  create index if not exists bare_checkins_day on bare_checkins (user_id, local_date, recorded_at);
  create table if not exists bare_plans (user_id uuid primary key references bare_users on delete cascade,
    plan jsonb not null, version int not null);`;
const suggested = {
  timeZone: 'Europe/London',
  entries: [{ id: randomUUID(), routineId: 'morning-mobility', days: [1, 3, 5], time: '07:30' }],
  walking: null,
};

async function openDatabase() {
  if (process.env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    return { query: (text, params) => pool.query(text, params), exec: (text) => pool.query(text) };
  }
  const client = new PGlite(join(process.env.DATA_DIR, 'pglite'), {
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
  });
  await client.waitReady;
  return { query: (text, params) => client.query(text, params), exec: (text) => client.exec(text) };
}

const db = await openDatabase();
await db.exec(schema);
const app = Fastify({ trustProxy: ['127.0.0.1'] });
const one = async (text, params) => (await db.query(text, params)).rows[0];
const tokenHash = (token) => createHash('sha256').update(token).digest('hex');

async function startSession(reply, userId) {
  const token = randomBytes(32).toString('base64url');
  await db.query('insert into bare_sessions values ($1, $2)', [tokenHash(token), userId]);
  reply.header('set-cookie', `spinekind_session=${token}; Path=/; HttpOnly; SameSite=Lax`);
}

/** The signed-in user's id, or a 401 answer. */
async function userOf(request, reply) {
  const token = /spinekind_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  const row = token
    ? await one(
        'select s.user_id from bare_sessions s join bare_users u on u.id = s.user_id where s.token_hash = $1',
        [tokenHash(token)],
      )
    : undefined;
  if (!row) reply.code(401).send({ error: { code: 'unauthenticated' } });
  return row?.user_id;
}

app.post('/api/v1/auth/register', async (request, reply) => {
  const id = randomUUID();
  await db.query('insert into bare_users values ($1, $2, $3)', [
    id,
    request.body.email,
    await hash(request.body.password, argon),
  ]);
  await startSession(reply, id);
  return reply.code(201).send({ user: { id, email: request.body.email } });
});
app.post('/api/v1/auth/login', async (request, reply) => {
  const user = await one('select id, password_hash from bare_users where email = $1', [request.body.email]);
  if (!user || !(await verify(user.password_hash, request.body.password))) return reply.code(401).send({});
  await startSession(reply, user.id);
  return { user: { id: user.id, email: request.body.email } };
});
app.get('/api/v1/me', async (request, reply) => {
  const id = await userOf(request, reply);
  return id && { user: await one('select id, email from bare_users where id = $1', [id]) };
});
app.delete('/api/v1/me', async (request, reply) => {
  const id = await userOf(request, reply);
  if (id) await db.query('delete from bare_users where id = $1', [id]);
  return id && reply.code(204).send();
});
app.post('/api/v1/checkins', async (request, reply) => {
  const id = await userOf(request, reply);
  if (!id) return;
  const b = request.body;
  const row = await one(
    `insert into bare_checkins values ($1, $2, $3, ($3::timestamptz at time zone 'UTC')::date, $4)
     on conflict do nothing returning body`,
    [id, b.id, b.recordedAt, b],
  );
  return reply.code(201).send({ checkin: row?.body ?? b });
});
const range = async (request, reply) => {
  const id = await userOf(request, reply);
  if (!id) return undefined;
  const sql =
    'select id, recorded_at, body from bare_checkins where user_id = $1 and local_date between $2 and $3 order by recorded_at';
  return (await db.query(sql, [id, request.query.from, request.query.to])).rows;
};
app.get('/api/v1/checkins', async (request, reply) => {
  const rows = await range(request, reply);
  return rows && { items: rows.map((r) => ({ ...r.body, id: r.id, recordedAt: r.recorded_at })) };
});
app.get('/api/v1/insights', async (request, reply) => {
  const rows = await range(request, reply);
  return (
    rows && { days: rows.length, meanPain: rows.reduce((s, r) => s + r.body.pain, 0) / (rows.length || 1) }
  );
});
app.get('/api/v1/plan', async (request, reply) => {
  const id = await userOf(request, reply);
  if (!id) return undefined;
  const row = await one('select plan, version from bare_plans where user_id = $1', [id]);
  return row
    ? { plan: row.plan, suggested: false, version: row.version }
    : { plan: suggested, suggested: true, version: 0 };
});
app.put('/api/v1/plan', async (request, reply) => {
  const id = await userOf(request, reply);
  if (!id) return undefined;
  const base = /"(\d+)"/.exec(request.headers['if-match'] ?? '')?.[1];
  const row = await one(
    `insert into bare_plans values ($1, $2, 1) on conflict (user_id) do update set plan = excluded.plan,
       version = bare_plans.version + 1 where $3::int is null or bare_plans.version = $3 returning version`,
    [id, request.body, base ?? null],
  );
  return row ? { plan: request.body, suggested: false, version: row.version } : reply.code(409).send({});
});
app.get('/api/v1/exercises', async () => ({ items: exercisesIn('en') }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('bare mixed server is running');
