import { z } from 'zod';
import { emailSchema, linkTokenSchema, newPasswordSchema, userSchema } from './schema.js';

/** How this server takes new accounts (`SIGNUP`): anyone, only with an admin's invite, or nobody. */
export const signupModes = ['open', 'invite', 'closed'] as const;
export type SignupMode = (typeof signupModes)[number];

/** `GET /auth/signup`: what the sign-in page should offer. */
export const signupInfoSchema = z.object({
  mode: z.enum(signupModes),
  /** No account exists yet: the first one is the admin and can always be made. */
  firstAccount: z.boolean(),
  /** "Forgot password" can send a link by mail; otherwise she asks the person who runs the server. */
  resetByEmail: z.boolean(),
});
export type SignupInfo = z.infer<typeof signupInfoSchema>;

/** `GET /me`: her account and what she may do on this server. */
export const meSchema = z.object({ user: userSchema, admin: z.boolean() });
export type Me = z.infer<typeof meSchema>;

const currentPassword = z.string().min(1, 'Enter your current password.').max(256);

export const changePasswordSchema = z.strictObject({ currentPassword, newPassword: newPasswordSchema });
export type ChangePassword = z.infer<typeof changePasswordSchema>;

export const resetPasswordSchema = z.strictObject({ token: linkTokenSchema, newPassword: newPasswordSchema });
export type ResetPassword = z.infer<typeof resetPasswordSchema>;

export const forgotPasswordSchema = z.strictObject({ email: emailSchema });

const instant = z.string();

/** One signed-in device in her list ("your devices"); never the session's secret. */
export const deviceSessionSchema = z.object({
  id: z.uuid(),
  createdAt: instant,
  lastSeenAt: instant,
  userAgent: z.string().nullable(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type DeviceSession = z.infer<typeof deviceSessionSchema>;
export const deviceSessionListSchema = z.object({ items: z.array(deviceSessionSchema) });

export const INVITE_DAYS_DEFAULT = 7;
export const INVITE_DAYS_MAX = 30;

export const inviteInputSchema = z.strictObject({
  expiresInDays: z
    .number({ error: 'Give the number of days as a whole number.' })
    .int('Give the number of days as a whole number.')
    .min(1, 'An invite lasts at least 1 day.')
    .max(INVITE_DAYS_MAX, `An invite lasts at most ${INVITE_DAYS_MAX} days.`)
    .optional(),
});
export type InviteInput = z.infer<typeof inviteInputSchema>;

/** An invite as listed: never its token. */
export const inviteSchema = z.object({
  id: z.uuid(),
  createdAt: instant,
  expiresAt: instant,
  usedAt: instant.nullable(),
});
export type Invite = z.infer<typeof inviteSchema>;
export const inviteListSchema = z.object({ items: z.array(inviteSchema) });

/** The answer to creating an invite: the only time its token and link are shown. */
export const newInviteSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  token: z.string(),
  expiresAt: instant,
});
export type NewInvite = z.infer<typeof newInviteSchema>;
