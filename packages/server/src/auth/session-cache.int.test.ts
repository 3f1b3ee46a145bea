import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createResetToken } from '../accounts/resets.js';
import { buildApp } from '../app.js';
import type { Database } from '../db/client.js';
import { onStatement } from '../db/query-log.js';
import { cookieFrom, makeTestApp, openTestDatabase, type TestUser } from '../test/app.js';
import { testTarget } from '../test/target.js';
import { IDLE_MS } from './sign-in-sessions.js';
import { signInSessions } from './table.js';

/**
 * Sessions answered from memory (auth/session-cache.ts) are refused on the very next request after anything
 * ends them, on the instance that ended them and, on PostgreSQL, on another instance of the app on the same
 * database. Every session is first shown to be answered from memory, so a refusal is the cache's doing.
 */

let now = new Date('2026-06-01T08:00:00Z');
const clock = () => now;
const target = testTarget();
const t = await makeTestApp({ clock });
const NEW_PASSWORD = 'a brand new long passphrase';

type Headers = Record<string, string>;

async function send(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  headers: Headers,
  payload?: object,
) {
  const res = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, json: res.body ? res.json() : undefined, headers: res.headers };
}

/** The statements the app sent while `work` ran. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  onStatement((statement) => sent.push(statement));
  try {
    await work();
  } finally {
    onStatement(undefined);
  }
  return sent;
}

const isLookup = (statement: string) => statement.includes('"sessions"."token_hash" = $');
const isTouch = (statement: string) => /^update "sessions" set "last_seen_at"/.test(statement);

/** How many statements looked a session up by its token while `work` ran. */
const lookupsDuring = async (work: () => Promise<unknown>) =>
  (await statementsDuring(work)).filter((s) => isLookup(s) && !isTouch(s)).length;

/** Signs in on `app`, then asks until a request of that session is answered without a lookup. */
async function warm(app: FastifyInstance, headers: Headers): Promise<void> {
  for (let tries = 0; tries < 250; tries++) {
    let status = 0;
    const lookups = await lookupsDuring(async () => {
      status = (await send(app, 'GET', '/api/v1/me', headers)).status;
    });
    expect(status).toBe(200);
    if (lookups === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20)); // PostgreSQL: its listening connection is being made
  }
  throw new Error('the session was never answered from memory');
}

interface Her {
  user: TestUser;
  phone: string;
  token: string;
  tokenId: string;
}

/** A user with two sessions (this device and her phone) and an access token, all made on `app`. */
async function her(): Promise<Her> {
  const user = await t.newUser();
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password },
  });
  const made = await user.call('POST', '/api/v1/tokens', {
    name: 'script',
    scope: 'read',
    password: user.password,
  });
  return { user, phone: cookieFrom(login), token: made.json.token.secret, tokenId: made.json.token.id };
}

const asCookie = (cookie: string): Headers => ({ cookie });
const asBearer = (secret: string): Headers => ({ authorization: `Bearer ${secret}` });

interface Ending {
  name: string;
  /** Ends something of hers on `app`: the credentials now refused, and those still good. */
  end(app: FastifyInstance, her: Her, database: Database): Promise<{ refused: Headers[]; kept: Headers[] }>;
}

const endings: Ending[] = [
  {
    name: 'signing out',
    async end(app, { user, phone }) {
      expect((await send(app, 'POST', '/api/v1/auth/logout', asCookie(phone))).status).toBe(204);
      return { refused: [asCookie(phone)], kept: [asCookie(user.cookie)] };
    },
  },
  {
    name: 'signing out everywhere else',
    async end(app, { user, phone, token }) {
      const res = await send(app, 'POST', '/api/v1/me/sessions/revoke-others', asCookie(user.cookie));
      expect(res.status).toBe(204);
      return { refused: [asCookie(phone), asBearer(token)], kept: [asCookie(user.cookie)] };
    },
  },
  {
    name: 'signing one device out',
    async end(app, { user, phone }) {
      const { json } = await send(app, 'GET', '/api/v1/me/sessions', asCookie(user.cookie));
      const other = json.items.find((s: { current: boolean }) => !s.current);
      expect(
        (await send(app, 'DELETE', `/api/v1/me/sessions/${other.id}`, asCookie(user.cookie))).status,
      ).toBe(204);
      return { refused: [asCookie(phone)], kept: [asCookie(user.cookie)] };
    },
  },
  {
    name: 'a password change',
    async end(app, { user, phone, token }) {
      const res = await send(app, 'POST', '/api/v1/me/password', asCookie(user.cookie), {
        currentPassword: user.password,
        newPassword: NEW_PASSWORD,
      });
      expect(res.status).toBe(204);
      return { refused: [asCookie(phone), asBearer(token)], kept: [asCookie(user.cookie)] };
    },
  },
  {
    name: 'a password reset',
    async end(app, { user, phone, token }, database) {
      const link = (await createResetToken(database.db, user.id, now)) as string;
      const res = await send(
        app,
        'POST',
        '/api/v1/auth/reset',
        {},
        { token: link, newPassword: NEW_PASSWORD },
      );
      expect(res.status).toBe(204);
      return { refused: [asCookie(user.cookie), asCookie(phone), asBearer(token)], kept: [] };
    },
  },
  {
    name: 'deleting the account',
    async end(app, { user, phone, token }) {
      const res = await send(app, 'DELETE', '/api/v1/me', asCookie(user.cookie), { password: user.password });
      expect(res.status).toBe(204);
      return { refused: [asCookie(user.cookie), asCookie(phone), asBearer(token)], kept: [] };
    },
  },
  {
    name: 'revoking an access token',
    async end(app, { user, phone, token, tokenId }) {
      expect((await send(app, 'DELETE', `/api/v1/tokens/${tokenId}`, asCookie(user.cookie))).status).toBe(
        204,
      );
      return { refused: [asBearer(token)], kept: [asCookie(user.cookie), asCookie(phone)] };
    },
  },
  {
    name: 'her sessions deleted in the database, not through the app',
    async end(_app, { user, phone }, database) {
      await database.db.delete(signInSessions).where(eq(signInSessions.userId, user.id));
      return { refused: [asCookie(user.cookie), asCookie(phone)], kept: [] };
    },
  },
];

/** Each ending, made on `on`, is refused by `seenBy` on its very next request; what it keeps still works. */
function refusesAtOnce(on: () => FastifyInstance, seenBy: () => FastifyInstance, database: () => Database) {
  for (const ending of endings) {
    it(`refuses the very next request after ${ending.name}`, async () => {
      const h = await her();
      for (const app of new Set([on(), seenBy()])) {
        for (const cookie of [h.user.cookie, h.phone]) await warm(app, asCookie(cookie));
        expect((await send(app, 'GET', '/api/v1/me', asBearer(h.token))).status).toBe(200);
      }
      const { refused, kept } = await ending.end(on(), h, database());
      for (const headers of refused)
        expect((await send(seenBy(), 'GET', '/api/v1/me', headers)).status).toBe(401);
      for (const headers of kept)
        expect((await send(seenBy(), 'GET', '/api/v1/me', headers)).status).toBe(200);
    });
  }

  it('answers in her new language on the very next request after she changes it', async () => {
    const h = await her();
    for (const app of new Set([on(), seenBy()])) await warm(app, asCookie(h.phone));
    for (const language of ['de', 'es', 'en']) {
      const put = await send(on(), 'PUT', '/api/v1/profile', asCookie(h.user.cookie), { language });
      expect(put.status).toBe(200);
      const me = await send(seenBy(), 'GET', '/api/v1/me', asCookie(h.phone));
      expect(me.headers['content-language']).toBe(language);
    }
  });
}

describe('sessions answered from memory, one instance', () => {
  refusesAtOnce(
    () => t.app,
    () => t.app,
    () => t.database,
  );

  it('still ends a session left idle for 14 days', async () => {
    const { user } = await her();
    await warm(t.app, asCookie(user.cookie));
    now = new Date(now.getTime() + IDLE_MS + 60_000);
    expect((await send(t.app, 'GET', '/api/v1/me', asCookie(user.cookie))).status).toBe(401);
  });

  it('still writes last_seen_at at most once every 10 minutes, from memory too', async () => {
    const { user } = await her();
    await warm(t.app, asCookie(user.cookie));
    const signedInAt = now.getTime();
    const requestAt = async (secondsLater: number) => {
      now = new Date(now.getTime() + secondsLater * 1000);
      const sent = await statementsDuring(async () => {
        expect((await send(t.app, 'GET', '/api/v1/me', asCookie(user.cookie))).status).toBe(200);
      });
      return {
        lookups: sent.filter((s) => isLookup(s) && !isTouch(s)).length,
        touches: sent.filter(isTouch).length,
      };
    };
    // 9.5 minutes on: looked up again (kept at most a minute), not touched; 50 s later, from memory and
    // touched (10 min 20 s since she signed in); then, 5 s later, from memory and untouched.
    expect(await requestAt(570)).toEqual({ lookups: 1, touches: 0 });
    expect(await requestAt(50)).toEqual({ lookups: 0, touches: 1 });
    expect(await requestAt(5)).toEqual({ lookups: 0, touches: 0 });
    const { json } = await send(t.app, 'GET', '/api/v1/me/sessions', asCookie(user.cookie));
    const current = json.items.find((s: { current: boolean }) => s.current);
    expect(current.lastSeenAt).toBe(new Date(signedInAt + 620_000).toISOString());
  });
});

describe.runIf(target.kind === 'postgres')(
  'sessions answered from memory, two instances on one PostgreSQL',
  () => {
    // A second app on its own pool, whose listening connection this file can find by name and cut.
    const listenerName = `session-cache test ${randomUUID()}`;
    let b: FastifyInstance;
    let second: Database;
    afterAll(async () => {
      await b?.close();
      await second?.close();
    });

    it('starts a second instance', async () => {
      const opened = await openTestDatabase();
      second = {
        ...opened,
        listen: (channel, handlers, options) =>
          opened.listen(channel, handlers, { ...options, applicationName: listenerName }),
      };
      b = await buildApp({ database: second, clock, config: { publicUrl: undefined, logLevel: 'silent' } });
    });

    refusesAtOnce(
      () => t.app,
      () => b,
      () => t.database,
    );

    it('looks every session up while it is not listening, and answers from memory again once it is', async () => {
      const url = target.kind === 'postgres' ? target.url : '';
      const h = await her();
      for (const cookie of [h.user.cookie, h.phone]) await warm(b, asCookie(cookie));
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        const cut = await admin.query(
          'select pg_terminate_backend(pid) as cut from pg_stat_activity where application_name = $1',
          [listenerName],
        );
        expect(cut.rows).toEqual([{ cut: true }]);
        // Her phone signed out on the other instance while this one's listening connection is gone.
        expect((await send(t.app, 'POST', '/api/v1/auth/logout', asCookie(h.phone))).status).toBe(204);
        expect((await send(b, 'GET', '/api/v1/me', asCookie(h.phone))).status).toBe(401);
        expect(await lookupsDuring(() => send(b, 'GET', '/api/v1/me', asCookie(h.user.cookie)))).toBe(1);
        // It listens again on its own (after 250 ms), and then answers from memory.
        await warm(b, asCookie(h.user.cookie));
        const again = await admin.query(
          'select count(*)::int as n from pg_stat_activity where application_name = $1',
          [listenerName],
        );
        expect(again.rows).toEqual([{ n: 1 }]);
      } finally {
        await admin.end();
      }
    });
  },
);
