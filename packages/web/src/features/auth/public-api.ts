import type { SignupInfo, SignupMode } from '@spinekind/core';
import { call } from '../../lib/api';
import { usePublicRead } from '../../lib/public-read';
import { markSignedIn, maybeSignedIn } from '../../lib/signed-out';
import { askMe } from './me';

const signupInfo = () => call('GET /auth/signup');

/** `GET /auth/signup`: who may create an account here, and whether "Forgot password" can send mail. */
export function useSignupInfo() {
  return usePublicRead('signup-info', signupInfo, 60_000);
}

/**
 * Whether someone is signed in on this device, for the public pages' top bar (its sync badge). Asked of the
 * server only when a signed-in screen showed here since the last sign-out (lib/signed-out.ts); then only its
 * 401 says no, and when it cannot be asked, the device's owner (offline/owner.ts) answers.
 */
async function signedIn(): Promise<boolean> {
  if (!maybeSignedIn()) return false;
  const me = await askMe();
  if (me === null) markSignedIn(false);
  if (me !== undefined) return me !== null;
  const { deviceOwner } = await import('../../offline/owner');
  return Boolean(await deviceOwner());
}

/** Asked each time a public page's layout shows: a sign-in or sign-out since must show at once. */
export function useSignedIn(): boolean {
  return usePublicRead('signed-in', signedIn, 0).data ?? false;
}

/** Whether a sign-up form makes sense here, and whether it needs an invite. */
export function signupOffer(info: SignupInfo | undefined): SignupMode {
  if (!info || info.firstAccount) return 'open';
  return info.mode;
}

/** Asks for a reset link by mail; the answer is the same whether or not the email has an account. */
export const requestReset = (email: string) => call('POST /auth/forgot', { body: { email } });

/** Sets a new password with a reset link's token; every session and token of hers ends. */
export const resetPassword = (token: string, newPassword: string) =>
  call('POST /auth/reset', { body: { token, newPassword } });

/** The token at the end of an invite link she pasted (or the bare token). */
export function inviteTokenFrom(text: string): string {
  const trimmed = text.trim();
  const match = /\/join\/([^/?#\s]+)/.exec(trimmed);
  return match?.[1] ?? trimmed;
}
