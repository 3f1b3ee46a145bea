import { z } from 'zod';
import {
  normalizePassword,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordLength,
  passwordMessages,
} from './password-policy.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }));

/**
 * A new password's shape: NFKC-normalised, 12–128 characters (code points). Whether it is strong enough
 * (her email, common passwords, zxcvbn) is `assessPassword`, which the server runs after this.
 */
export const newPasswordSchema = z
  .string()
  // A bound in UTF-16 units before the work of normalising; 128 code points never need more.
  .max(PASSWORD_MAX * 4, passwordMessages.too_long)
  .overwrite(normalizePassword)
  .refine((p) => passwordLength(p) >= PASSWORD_MIN, passwordMessages.too_short)
  .refine((p) => passwordLength(p) <= PASSWORD_MAX, passwordMessages.too_long);

/** A one-time secret from a link (invite or password reset): base64url, never longer than this. */
export const linkTokenSchema = z
  .string({ error: 'This link is not complete.' })
  .min(1, 'This link is not complete.')
  .max(128, 'This link is not valid.');

export const registerSchema = z.strictObject({
  email: emailSchema,
  password: newPasswordSchema,
  /** Needed when the server takes new accounts by invite only (`SIGNUP=invite`). */
  inviteToken: linkTokenSchema.optional(),
});
export const loginSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(256),
});
export const deleteAccountSchema = z.strictObject({
  password: z.string().min(1, 'Enter your password.').max(256),
});

export const userSchema = z.object({ id: z.uuid(), email: z.string() });
export type User = z.infer<typeof userSchema>;
/** The answer to sign-in and `GET /me`: her account, and whether she must choose a new password first. */
export const signedInSchema = z.object({ user: userSchema, passwordChangeRequired: z.boolean() });
export type SignedIn = z.infer<typeof signedInSchema>;
export type Credentials = z.infer<typeof registerSchema>;
