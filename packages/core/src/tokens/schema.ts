import { z } from 'zod';

/** `read`: GET and HEAD only. `read_write`: everything a signed-in user can do, except managing tokens and deleting the account. */
export const tokenScopes = ['read', 'read_write'] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** Personal access tokens start with this, so a leaked one is easy to recognise (and to scan for). */
export const TOKEN_PREFIX = 'sk_';

export const tokenInputSchema = z.strictObject({
  name: z
    .string({ error: 'Give the token a name.' })
    .trim()
    .min(1, 'Give the token a name.')
    .max(100, 'A name can be at most 100 characters.'),
  scope: z.enum(tokenScopes, { error: 'Scope is "read" or "read_write".' }),
});
export type TokenInput = z.infer<typeof tokenInputSchema>;

/** A token as listed: never its secret. */
export interface AccessToken {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  lastUsedAt: string | null;
}
/** The answer to creating a token: the only time the secret is shown. */
export interface NewAccessToken extends Omit<AccessToken, 'lastUsedAt'> {
  secret: string;
}
