import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { onStatement } from '../../db/query-log.js';
import { hardeningApp, seedRecords, send, userTables } from './harness.js';
import { apiRoutes, collectionOf, concrete } from './route-map.js';

/**
 * Every statement the app sends while every route is called, checked for tenancy: a statement that reads or
 * writes a table holding users' rows (any table with a `user_id`) names the user, either as `"t"."user_id"`
 * in its condition or as the `user_id` it inserts. That is what keeps one user's request from reaching
 * another's rows, and what would route every query to one shard if the tables were distributed by `user_id`
 * (ARCHITECTURE.md, "Beyond one PostgreSQL").
 */

/**
 * The statements that find a user rather than act for one: a secret's hash leads to its owner (sign-in
 * session, access token, calendar-feed link, reset link, share link). The hash is unique, so these read one row.
 */
const findsTheUserBy: Record<string, string> = {
  sessions: 'token_hash',
  access_tokens: 'secret_hash',
  calendar_feeds: 'token_hash',
  password_resets: 'token_hash',
  shares: 'token_hash',
};

const t = await hardeningApp();
const routes = apiRoutes(t.app);
const statements = new Set<string>();
afterAll(() => onStatement(undefined));

/** The tables a statement reads or writes (by the names Drizzle quotes after from/join/into/update), with their aliases. */
function tablesOf(statement: string): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  for (const m of statement.matchAll(
    /\b(?:from|join|into|update)\s+"(\w+)"(?:\s+(?:as\s+)?(?!where|on|set|select|values|cross|inner|left|order|group|limit)([a-z]\w*))?/gi,
  )) {
    const table = m[1] as string;
    tables.set(table, [...(tables.get(table) ?? []), ...(m[2] ? [m[2]] : [])]);
  }
  return tables;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namesTheUser(statement: string, table: string, aliases: string[], onlyUserTable: boolean): boolean {
  const insert = new RegExp(`^\\s*(?:with \\w+ as \\(\\s*)?insert into "${table}" \\(([^)]*)\\)`, 'i').exec(
    statement,
  );
  if (insert) return /(^|[\s,(])"?user_id"?([\s,)]|$)/.test(insert[1] ?? '');
  const names = [`"${table}"`, ...aliases].map(literal).join('|');
  if (new RegExp(`(?:${names})\\."?user_id"?\\s*(=|in\\s*\\()`).test(statement)) return true;
  // One user table and an unqualified `user_id = …`: the condition can only be on it.
  if (onlyUserTable && /(^|[\s(])"?user_id"?\s*=\s*\$/.test(statement)) return true;
  const secret = findsTheUserBy[table];
  return secret !== undefined && statement.includes(`"${table}"."${secret}" = $`);
}

/** The user tables a statement touches without naming the user. */
function unnamedTables(statement: string, userTables: readonly string[]): string[] {
  const mine = [...tablesOf(statement)].filter(([table]) => userTables.includes(table));
  return mine
    .filter(([table, aliases]) => !namesTheUser(statement, table, aliases, mine.length === 1))
    .map(([t]) => t);
}

describe('tenancy: every statement on a user table names the user', () => {
  it('the check itself tells a statement that names her from one that does not', () => {
    const tables = ['checkins', 'trackers', 'sessions'];
    const named = [
      'select "id" from "checkins" where ("checkins"."user_id" = $1 and "checkins"."id" = $2)',
      'insert into "checkins" ("user_id", "id") values ($1, $2)',
      'delete from "trackers" t where t.user_id = $1::uuid and t.id = $2',
      'select "users"."id" from "sessions" inner join "users" on "users"."id" = "sessions"."user_id" where "sessions"."token_hash" = $1',
    ];
    for (const statement of named) expect(unnamedTables(statement, tables), statement).toEqual([]);
    const unnamed = [
      'select "id" from "checkins" where "checkins"."id" = $1',
      'update "checkins" set "pain" = $1 where "checkins"."id" = $2',
      'insert into "checkins" ("id", "pain") values ($1, $2)',
      'select "c"."id" from "checkins" c inner join "trackers" on "trackers"."user_id" = $1',
      'select "id" from "sessions" where "sessions"."user_agent" = $1',
    ];
    for (const statement of unnamed) expect(unnamedTables(statement, tables), statement).not.toEqual([]);
  });

  it('holds for every route called by her, by another user with her ids, and for a backup restore', async () => {
    onStatement((s) => statements.add(s));
    const a = await t.newUser();
    const b = await t.newUser();
    const ids = await seedRecords(t, a);
    for (const r of routes) {
      const id = ids.get(collectionOf(r.url)) ?? randomUUID();
      const body = r.write ? { json: {} } : undefined;
      await send(t, r.method, concrete(r, id), { cookie: b.cookie }, body);
      if (r.method === 'GET') await send(t, r.method, concrete(r, id), { cookie: a.cookie });
    }
    const backup = await send(t, 'GET', '/api/v1/export?format=json', { cookie: a.cookie });
    const restore = await send(t, 'POST', '/api/v1/import', { cookie: a.cookie }, { json: backup.json });
    expect(restore.status).toBe(200);
    onStatement(undefined);

    const userTablesNow = await userTables(t.database);
    expect(userTablesNow).toContain('checkins');
    const unnamed = [...statements].flatMap((statement) =>
      unnamedTables(statement, userTablesNow).map(
        (table) => `${table}: ${statement.replace(/\s+/g, ' ').slice(0, 400)}`,
      ),
    );
    expect(unnamed).toEqual([]);
    expect(statements.size).toBeGreaterThan(100);
  });
});
