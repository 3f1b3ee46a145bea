import { z } from 'zod';

/** `read`: GET and HEAD only. `read_write`: everything a signed-in user can do, except managing tokens and deleting the account. */
export const tokenScopes = ['read', 'read_write'] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** Personal access tokens start with this, so a leaked one is easy to recognise (and to scan for). */
export const TOKEN_PREFIX = 'sk_';

/** A token lives this many days unless she chooses otherwise, and at most `TOKEN_MAX_DAYS`. */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

export const tokenInputSchema = z.strictObject({
  name: z
    .string({ error: 'Give the token a name.' })
    .trim()
    .min(1, 'Give the token a name.')
    .max(100, 'A name can be at most 100 characters.'),
  scope: z.enum(tokenScopes, { error: 'Scope is "read" or "read_write".' }),
  /** Her current password: required (a missing one is answered 403 `reauth_required`, like a wrong one). */
  password: z.string().max(256).optional(),
  expiresInDays: z
    .number({ error: `Choose a number of days from 1 to ${TOKEN_MAX_DAYS}.` })
    .int(`Choose a whole number of days from 1 to ${TOKEN_MAX_DAYS}.`)
    .min(1, `Choose a number of days from 1 to ${TOKEN_MAX_DAYS}.`)
    .max(TOKEN_MAX_DAYS, `A token can live at most ${TOKEN_MAX_DAYS} days.`)
    .default(TOKEN_DEFAULT_DAYS),
});
/** What the client sends (`expiresInDays` may be left out). */
export type TokenInput = z.input<typeof tokenInputSchema>;

/** A token as listed: never its secret. */
export const accessTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: z.enum(tokenScopes),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  /** After this the token is refused (401). */
  expiresAt: z.iso.datetime(),
});
export type AccessToken = z.infer<typeof accessTokenSchema>;

/** The answer to creating a token: the only time the secret is shown. */
export const newAccessTokenSchema = accessTokenSchema
  .omit({ lastUsedAt: true })
  .extend({ secret: z.string() });
export type NewAccessToken = z.infer<typeof newAccessTokenSchema>;
