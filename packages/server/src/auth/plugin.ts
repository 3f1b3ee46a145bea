import { DomainError } from '@spinekind/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database, Db } from '../db/client.js';
import { type UserScope, userScope } from '../db/scope.js';
import { type Brake, type BrakeOptions, createBrake } from './brake.js';
import { needsSignIn } from './public-routes.js';
import { SIGN_IN_CHANGES, sessionCache } from './session-cache.js';
import {
  IDLE_MS,
  type KeptSessions,
  type SessionUser,
  sessionCookieName,
  sessionStore,
} from './sign-in-sessions.js';
import { bearerSecret, checkTokenAccess, resolveToken, type TokenUser } from './tokens.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The password-guessing brake (auth/brake.ts), shared by sign-in and every re-authentication. */
    brake: Brake;
  }
  interface FastifyRequest {
    /** The signed-in user, when the session cookie (or a personal access token) is valid. */
    user: SessionUser | undefined;
    /** Set when the request came with `Authorization: Bearer <token>` instead of the session cookie. */
    accessToken: Omit<TokenUser, 'user'> | undefined;
    /** The public id of the session the cookie names (undefined with a bearer token or no session). */
    sessionId: string | undefined;
    /** The signed-in user and their data scope; answers 401 when nobody is signed in. */
    requireUser(): { user: SessionUser; scope: UserScope };
  }
  interface FastifyReply {
    startSession(userId: string): Promise<void>;
    endSession(): Promise<void>;
  }
}

interface AuthOptions {
  db: Db;
  clock: () => Date;
  secureCookies: boolean;
  brake?: BrakeOptions;
  /** The database's notifications (`Database.listen`): with them, sessions are kept in memory (session-cache.ts). */
  listen?: Database['listen'];
}

/**
 * A session cache that follows the database's word on every change to a session or its user (migration
 * 0024: `sign_in_changes`, the user's id, or `*` for all). Closed with the app.
 */
function keepSessions(app: FastifyInstance, listen: Database['listen']): KeptSessions {
  const cache = sessionCache();
  const listening = listen(
    SIGN_IN_CHANGES,
    {
      notify: (userId) => (userId === '*' ? cache.clear() : cache.forgetUser(userId)),
      reset: () => cache.clear(),
    },
    {
      onError: (err) =>
        app.log.warn(
          { err },
          'not listening for sign-in changes: every request looks its session up until listening works again',
        ),
    },
  );
  app.addHook('onClose', () => listening.close());
  return { cache, listening };
}

/** Reads the session cookie on every request and offers `requireUser()`, the gate to user data. */
export const authPlugin = fp<AuthOptions>(
  async (app: FastifyInstance, { db, clock, secureCookies, brake, listen }) => {
    const store = sessionStore(db, listen && keepSessions(app, listen));
    // Behind https the cookie is `__Host-` prefixed: browsers then only accept it Secure, for Path=/ and this host.
    const SESSION_COOKIE = sessionCookieName(secureCookies);
    const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secureCookies };

    app.decorate('brake', createBrake(db, clock, brake));
    app.decorateRequest('user', undefined);
    app.decorateRequest('accessToken', undefined);
    app.decorateRequest('sessionId', undefined);
    app.decorateRequest('requireUser', function (this: FastifyRequest) {
      if (!this.user) throw new DomainError('unauthenticated', 'Please sign in.');
      return { user: this.user, scope: userScope(db, this.user.id) };
    });

    app.decorateReply('startSession', async function (this: FastifyReply, userId: string) {
      const { token } = await store.create(userId, clock(), this.request.headers['user-agent']);
      this.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: IDLE_MS / 1000 });
    });
    app.decorateReply('endSession', async function (this: FastifyReply) {
      const token = this.request.cookies[SESSION_COOKIE];
      if (token) await store.revoke(token);
      this.clearCookie(SESSION_COOKIE, cookieOptions);
    });

    app.addHook('onRequest', async (request) => {
      // A bearer token replaces the cookie entirely: a request never mixes the two.
      const secret = bearerSecret(request.headers.authorization);
      if (secret !== undefined) {
        const found = await resolveToken(db, secret, clock());
        if (!found)
          throw new DomainError(
            'unauthenticated',
            'This access token is not valid (it may have been revoked).',
          );
        request.user = found.user;
        request.accessToken = { tokenId: found.tokenId, scope: found.scope };
        checkTokenAccess(request, found.scope);
        return;
      }
      const token = request.cookies[SESSION_COOKIE];
      const session = token ? await store.resolve(token, clock()) : undefined;
      request.user = session?.user;
      request.sessionId = session?.sessionId;
      // Authentication before anything else looks at the request: an anonymous caller learns nothing
      // about a private route's body rules (401, never a 400 with validation details).
      if (!request.user && needsSignIn(request.method, request.routeOptions.url))
        throw new DomainError('unauthenticated', 'Please sign in.');
    });
  },
);
