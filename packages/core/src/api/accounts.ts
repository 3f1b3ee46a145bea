import { z } from 'zod';
import { userSchema } from '../auth/schema.js';
import { profileSchema } from '../profile/schema.js';
import { accessTokenSchema, newAccessTokenSchema } from '../tokens/schema.js';
import { documentVersion, noContent } from './common.js';

/** Answers of the account routes that send no body. */
export const signedOut = noContent('Signed out: the session cookie is cleared.');
export const passwordChanged = noContent('Changed: every other device and access token is signed out.');
export const passwordReset = noContent('The password is set; she signs in with it.');
export const resetRequested = noContent(
  'Accepted. A link is mailed when the email has an account; the answer is the same either way.',
);
export const accountDeleted = noContent('Deleted with every record she kept; the session cookie is cleared.');
export const deviceSignedOut = noContent('That device is signed out.');
export const otherDevicesSignedOut = noContent('Every other device is signed out.');
export const inviteRevoked = noContent('Revoked (or already gone): the link no longer works.');
export const tokenRevoked = noContent('Revoked: the token no longer works.');

/** `GET`/`PUT /profile`: her one profile document. */
export const profileAnswer = z.strictObject({ profile: profileSchema, version: documentVersion });

/** `POST /auth/register`: the new account (signed in by its cookie). */
export const registeredAnswer = z.object({ user: userSchema });
/** `POST /tokens`: the new token, its secret shown this once. */
export const newTokenAnswer = z.object({ token: newAccessTokenSchema });
export const tokensAnswer = z.object({ items: z.array(accessTokenSchema) });
