import { DomainError, loginSchema, registerSchema, type SignupMode, userSchema } from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAccount } from '../accounts/signup.js';
import { type LoginLimit, loginFailureLog } from '../auth/login-limit.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/index.js';
import { neverCompress } from '../http/compression.js';

interface AuthRouteOptions {
  db: Db;
  clock: () => Date;
  loginLimit: LoginLimit;
  /** Requests per minute per IP on register and login. */
  perIpPerMinute: number;
  /** `SIGNUP`: who may create an account. */
  signup: SignupMode;
}

const userResponse = z.object({ user: userSchema });
const badCredentials = () =>
  new DomainError('unauthenticated', 'That email and password do not match an account.');

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (
  app,
  { db, clock, loginLimit, perIpPerMinute, signup },
) => {
  const failures = loginFailureLog(db, loginLimit);
  const rateLimit = { max: perIpPerMinute, timeWindow: 60_000 };

  app.post(
    '/auth/register',
    {
      ...neverCompress,
      config: { rateLimit },
      schema: { tags: ['auth'], body: registerSchema, response: { 201: userResponse } },
    },
    async (request, reply) => {
      const { email, password, inviteToken } = request.body;
      const passwordHash = await hashPassword(password);
      const user = await createAccount(db, { email, passwordHash, inviteToken }, signup, clock());
      if (!user) {
        throw new DomainError('conflict', 'An account with this email already exists. Try signing in.', [
          { path: 'email', message: 'This email is already registered.' },
        ]);
      }
      await reply.startSession(user.id);
      return reply.code(201).send({ user });
    },
  );

  app.post(
    '/auth/login',
    {
      ...neverCompress,
      config: { rateLimit },
      schema: { tags: ['auth'], body: loginSchema, response: { 200: userResponse } },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const now = clock();
      if (await failures.isLocked(email, now)) {
        throw new DomainError('rate_limited', 'Too many attempts. Please wait 15 minutes and try again.');
      }
      const [found] = await db.select().from(users).where(eq(users.email, email));
      if (!(await verifyPassword(found?.passwordHash, password)) || !found) {
        await failures.record(email, now);
        throw badCredentials();
      }
      await failures.clear(email);
      await reply.startSession(found.id);
      return { user: { id: found.id, email: found.email } };
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'] } }, async (_request, reply) => {
    await reply.endSession();
    return reply.code(204).send();
  });
};
