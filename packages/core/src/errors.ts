/** Stable error codes shared by server responses and web messages. */
export const errorCodes = [
  'validation_failed',
  /** A string holds a NUL character or a lone UTF-16 surrogate (no database can store it as text). */
  'invalid_text',
  /** The request body is not valid UTF-8. */
  'invalid_utf8',
  /** An upload came without its file. */
  'no_file',
  'unauthenticated',
  'forbidden',
  /** The action needs her current password again (missing or wrong). */
  'reauth_required',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
  /** Sign-up needs an invite on this server (403). */
  'invite_required',
  /** The invite is unknown, used or expired (403). */
  'invite_invalid',
  /** This server takes no new accounts (403). */
  'signup_closed',
  /** The password-reset link is unknown, used or expired (400). */
  'reset_invalid',
  /** The server can't reach its database (stopped, restarting, refusing connections, too slow): try again soon. */
  'unavailable',
  /** The database's disk is full: nothing more can be saved until space is freed. */
  'storage_full',
  /** A share link needs its passcode (401, with `remainingAttempts`). */
  'passcode_required',
  /** A share link's passcode was wrong (401, with `remainingAttempts`; at 0 the link is closed). */
  'passcode_wrong',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorDetail {
  path: string;
  message: string;
}

/** The one error shape every API answer uses: `{"error": {code, message, details?}}`. */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: ErrorDetail[] };
}

/** A domain error with a stable code; the server turns it into the standard JSON shape. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
