import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }));

export const newPasswordSchema = z
  .string()
  .min(10, 'Use at least 10 characters for your password.')
  .max(256, 'Use at most 256 characters for your password.');

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
export type Credentials = z.infer<typeof registerSchema>;
