import {
  DomainError,
  loginSchema,
  normalizePassword,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordLength,
  registeredAnswer,
  registerSchema,
  type SignupMode,
  signedInSchema,
  signedOut,
} from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createAccount } from '../accounts/signup.js';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/users.js';
import { neverCompress } from '../http/compression.js';
import { brakeKeys } from './brake.js';
import { hashPassword, matchPassword, requireGoodPassword } from './passwords.js';

interface AuthRouteOptions {
  db: Db;
  clock: () => Date;
  /** Requests per minute per IP on register and login. */
  perIpPerMinute: number;
  /** `SIGNUP`: who may create an account. */
  signup: SignupMode;
}

const badCredentials = () =>
  new DomainError('unauthenticated', 'That email and password do not match an account.');

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (
  app,
  { db, clock, perIpPerMinute, signup },
) => {
  const rateLimit = { max: perIpPerMinute, timeWindow: 60_000 };

  app.post(
    '/auth/register',
    {
      ...neverCompress,
      config: { rateLimit },
      schema: { tags: ['auth'], body: registerSchema, response: { 201: registeredAnswer } },
    },
    async (request, reply) => {
      const { email, password, inviteToken } = request.body;
      await requireGoodPassword(password, email, { locale: request.locale });
      const passwordHash = await hashPassword(password);
      const user = await createAccount(db, { email, passwordHash, inviteToken }, signup, clock());
      if (!user) {
        throw new DomainError('conflict', 'An account with this email already exists. Try signing in.', [
          { path: 'email', message: 'This email is already registered.' },
        ]);
      }
      await app.brake.rememberSignIn(user.id, request.ip);
      await reply.startSession(user.id);
      return reply.code(201).send({ user });
    },
  );

  app.post(
    '/auth/login',
    {
      ...neverCompress,
      config: { rateLimit },
      schema: { tags: ['auth'], body: loginSchema, response: { 200: signedInSchema } },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const { brake } = app;
      // The same queries, brake and hash work whether or not the email has an account.
      const [found] = await db.select().from(users).where(eq(users.email, email));
      const known = await brake.isKnown(found?.id, request.ip);
      const reservation = await brake.check(brakeKeys(email, request.ip, known));
      const form = await matchPassword(found?.passwordHash, password);
      if (!form || !found) throw badCredentials();
      await brake.succeed(reservation);
      await brake.rememberSignIn(found.id, request.ip);
      // A password from before the current rules still signs in once; she is then asked to change it.
      const length = passwordLength(normalizePassword(password));
      const outdated = length < PASSWORD_MIN || length > PASSWORD_MAX;
      const passwordChangeRequired = found.passwordChangeRequired || outdated;
      if (form === 'raw' || passwordChangeRequired !== found.passwordChangeRequired) {
        await db
          .update(users)
          .set({
            passwordChangeRequired,
            ...(form === 'raw' ? { passwordHash: await hashPassword(password) } : {}),
          })
          .where(eq(users.id, found.id));
      }
      await reply.startSession(found.id);
      return { user: { id: found.id, email: found.email }, passwordChangeRequired };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: { 204: signedOut } } },
    async (_request, reply) => {
      await reply.endSession();
      return reply.code(204).send(null);
    },
  );
};
