import { type SignupMode, signupInfoSchema } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.js';
import { isEmptyServer } from './signup.js';

interface SignupRouteOptions {
  db: Db;
  signup: SignupMode;
  resetByEmail: boolean;
}

/** `GET /auth/signup` (public): whether the sign-in page offers "Create account", asks for an invite, and can mail a reset link. */
export const signupRoutes: FastifyPluginAsyncZod<SignupRouteOptions> = async (
  app,
  { db, signup, resetByEmail },
) => {
  app.get('/auth/signup', { schema: { tags: ['auth'], response: { 200: signupInfoSchema } } }, async () => ({
    mode: signup,
    firstAccount: await isEmptyServer(db),
    resetByEmail,
  }));
};
