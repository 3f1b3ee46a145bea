import { z } from 'zod';

/** Bytes a base64url string (padding optional) decodes to. */
const decodedBytes = (s: string) => Math.floor((s.replace(/=+$/, '').length * 3) / 4);

const base64urlKey = (what: string, bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${what} must be base64url text.`)
    .refine((s) => decodedBytes(s) === bytes, `${what} must be ${bytes} bytes.`);

/**
 * A browser's `PushSubscription.toJSON()`: where to send and the keys to encrypt with (P-256 public
 * key, 65 bytes; auth secret, 16 bytes). `expirationTime` is accepted and not stored.
 */
export const pushSubscriptionInputSchema = z.strictObject({
  endpoint: z.url({ protocol: /^https$/, error: 'The endpoint must be an https URL.' }).max(2000),
  expirationTime: z.number().nonnegative().nullable().optional(),
  keys: z.strictObject({ p256dh: base64urlKey('keys.p256dh', 65), auth: base64urlKey('keys.auth', 16) }),
});
/** Devices one user may subscribe; a new one beyond this replaces her least recently used. */
export const PUSH_SUBSCRIPTIONS_MAX = 20;
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInputSchema>;

/** What the server answers about a stored subscription (never the endpoint or keys). */
export const pushSubscriptionSchema = z.strictObject({
  id: z.uuid(),
  createdAt: z.string(),
  lastSentAt: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type PushSubscriptionInfo = z.infer<typeof pushSubscriptionSchema>;

/** `DELETE /push/subscriptions`: this device's subscription, by its endpoint. */
export const pushEndpointSchema = z.strictObject({ endpoint: z.string().min(1).max(2000) });
