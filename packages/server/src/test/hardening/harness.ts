import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import type { Database } from '../../db/client.js';
import { makeTestApp, PASSWORD, type TestApp, type TestUser } from '../app.js';
import { bodiesFor } from './arbitrary.js';
import {
  type ApiRoute,
  apiRoutes,
  collectionOf,
  concrete,
  createExamples,
  madeElsewhere,
} from './route-map.js';

/** The suite's fixed "now": generated dates before it are in the past, so creates can succeed. */
export const NOW = new Date('2026-06-15T12:00:00Z');

/** The seed of this run: `HARDENING_SEED` to replay one, otherwise new each run (printed). */
export const seed = Number(process.env.HARDENING_SEED ?? Math.floor(Math.random() * 2 ** 31));

export async function hardeningApp(): Promise<TestApp> {
  // Push goes nowhere: a subscription may only name 127.0.0.1 (on 443, where nothing listens here).
  return makeTestApp({
    clock: () => NOW,
    limits: { perIpPerMinute: 1_000_000 },
    push: { subject: 'mailto:test@example.org', endpointHosts: ['127.0.0.1'] },
  });
}

export interface Answer {
  status: number;
  body: string;
  headers: Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: assertions read arbitrary JSON.
  json: any;
}

export type Auth = { cookie: string } | { bearer: string } | undefined;

/** One request with a JSON body (or a raw payload and type), as the given caller. */
export async function send(
  t: TestApp,
  method: string,
  url: string,
  auth: Auth,
  body?: { json: unknown } | { raw: Buffer | string; type: string },
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (auth && 'cookie' in auth) headers.cookie = auth.cookie;
  if (auth && 'bearer' in auth) headers.authorization = `Bearer ${auth.bearer}`;
  let payload: string | Buffer | undefined;
  if (body && 'json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json) ?? 'null';
  } else if (body) {
    headers['content-type'] = body.type;
    payload = body.raw;
  }
  const res = await t.app.inject({ method: method as InjectOptions['method'], url, headers, payload });
  let json: unknown;
  try {
    json = JSON.parse(res.body);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, body: res.body, headers: res.headers, json };
}

/** Tables that hold a user's rows (every table with a `user_id`), read from the database itself. */
export async function userTables(database: Database): Promise<string[]> {
  const result = (await database.db.execute(
    sql`select table_name from information_schema.columns where column_name = 'user_id' and table_schema = 'public' order by table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  return result.rows.map((r) => r.table_name);
}

/**
 * Everything stored for one user: her row and every row of every table keyed by her id, hashed in the
 * database. Cheaper than an export and wider (sessions, tokens, push subscriptions, feeds count too).
 */
export async function rowPrint(database: Database, userId: string): Promise<string> {
  const tables = await userTables(database);
  const parts = tables.map(
    (name) =>
      `select '${name}' as t, count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${name}" x where user_id = '${userId}'`,
  );
  parts.push(
    `select 'users', count(*)::int, md5(coalesce(string_agg(x::text, '|'), '')) from users x where id = '${userId}'`,
  );
  const result = (await database.db.execute(sql.raw(parts.join(' union all ')))) as unknown as {
    rows: { t: string; n: number; h: string }[];
  };
  return result.rows.map((r) => `${r.t}:${r.n}:${r.h}`).join('\n');
}

/** Her full JSON backup without its time stamp: what she would get back. */
export async function exportOf(t: TestApp, user: TestUser): Promise<string> {
  const res = await send(t, 'GET', '/api/v1/export?format=json', { cookie: user.cookie });
  if (res.status !== 200) throw new Error(`export failed: ${res.status} ${res.body}`);
  const { exportedAt: _, ...doc } = res.json;
  return JSON.stringify(doc);
}

/**
 * A record of each collection that has `:id` routes (or of `only`), made by this user: key = collection
 * path, value = id. Bodies are generated from the create route's schema until one is accepted, or taken
 * from `createExamples`.
 */
export async function seedRecords(t: TestApp, user: TestUser, only?: string): Promise<Map<string, string>> {
  const routes = apiRoutes(t.app);
  const collections = new Set(routes.filter((r) => r.params[0] === 'id').map((r) => collectionOf(r.url)));
  const ids = new Map<string, string>();
  let salt = 0;
  for (const collection of collections) {
    if (only !== undefined && collection !== only) continue;
    const create = routes.find((r) => r.method === 'POST' && r.url === collection);
    const id = create ? await createOne(t, user, create, salt++) : await makeElsewhere(t, user, collection);
    if (id) ids.set(collection, id);
  }
  return ids;
}

/** The next transaction id the database would hand out: unchanged means nothing at all was written. */
export async function nextXid(database: Database): Promise<string> {
  const result = (await database.db.execute(
    sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`,
  )) as unknown as { rows: { x: string }[] };
  return result.rows[0]?.x ?? '';
}

async function createOne(
  t: TestApp,
  user: TestUser,
  create: ApiRoute,
  salt: number,
): Promise<string | undefined> {
  const example = createExamples[create.key];
  const candidates = example
    ? [example()]
    : create.body
      ? fc.sample(bodiesFor(create.body), { numRuns: 400, seed: seed + salt })
      : [];
  for (const body of candidates) {
    const res = await send(t, 'POST', create.url, { cookie: user.cookie }, { json: body });
    if (res.status === 201 || res.status === 200) {
      const item = Object.values(res.json ?? {}).find((v) => typeof v === 'object' && v && 'id' in v) as
        | { id: string }
        | undefined;
      if (item) return item.id;
    }
  }
  return undefined;
}

/** A record made by another route (`madeElsewhere`): the id that appears in her list after it. */
async function makeElsewhere(t: TestApp, user: TestUser, collection: string): Promise<string | undefined> {
  const how = madeElsewhere[collection];
  if (!how) return undefined;
  const ids = async () => {
    const res = await send(t, 'GET', collection, { cookie: user.cookie });
    return new Set<string>((res.json?.items ?? []).map((i: { id: string }) => i.id));
  };
  const before = await ids();
  const [method, url] = how.route.split(' ') as [string, string];
  await send(t, method, url, undefined, { json: how.body(user) });
  return [...(await ids())].find((id) => !before.has(id));
}

/** A read-only access token of this user. */
export async function readToken(t: TestApp, user: TestUser): Promise<string> {
  const res = await send(
    t,
    'POST',
    '/api/v1/tokens',
    { cookie: user.cookie },
    { json: { name: 'read', scope: 'read', password: PASSWORD } },
  );
  if (res.status !== 201) throw new Error(`token failed: ${res.status} ${res.body}`);
  return res.json.token.secret;
}

export { concrete, PASSWORD, randomUUID };
