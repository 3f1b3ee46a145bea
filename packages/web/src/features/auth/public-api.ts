import type { SignupInfo, SignupMode } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

/** `GET /auth/signup`: who may create an account here, and whether "Forgot password" can send mail. */
export function useSignupInfo() {
  return useQuery({
    queryKey: ['signup-info'],
    staleTime: 60_000,
    retry: 1,
    queryFn: () => call('GET /auth/signup'),
  });
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
