import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 of a link's secret: all the database keeps of an invite or reset token. */
export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new 256-bit secret for a one-time link (base64url, 43 characters) and its hash. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** Where the web app lives: `PUBLIC_URL` when set, else the origin the request reached us at. */
export function appOrigin(
  publicUrl: string | undefined,
  request: { protocol: string; host: string } | undefined,
): string {
  if (publicUrl) return publicUrl;
  if (request) return `${request.protocol}://${request.host}`;
  return 'http://localhost:8080';
}
