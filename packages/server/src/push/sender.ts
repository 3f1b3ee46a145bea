import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { VapidKeys } from './keys.js';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What happened to one push: delivered, the subscription is gone (404/410), or a failure worth retrying. */
export type PushOutcome =
  | { kind: 'delivered' }
  | { kind: 'gone' }
  | { kind: 'failed'; status: number | undefined };

export interface PushSendOptions {
  /** Seconds the push service may hold the message for an offline device. */
  ttlSeconds: number;
}

export type PushSender = (
  target: PushTarget,
  payload: string,
  options: PushSendOptions,
) => Promise<PushOutcome>;

/** Sends with `web-push` (payload encrypted for the subscription, signed with our VAPID keys). */
export function webPushSender(opts: {
  subject: string;
  keys: () => Promise<VapidKeys>;
  agent?: Agent | undefined;
  timeoutMs?: number;
}): PushSender {
  return async (target, payload, { ttlSeconds }) => {
    const keys = await opts.keys();
    try {
      await webpush.sendNotification(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        payload,
        {
          vapidDetails: { subject: opts.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
          TTL: ttlSeconds,
          urgency: 'high',
          timeout: opts.timeoutMs ?? 10_000,
          ...(opts.agent ? { agent: opts.agent } : {}),
        },
      );
      return { kind: 'delivered' };
    } catch (err) {
      const status = err instanceof webpush.WebPushError ? err.statusCode : undefined;
      // 404/410: the browser dropped the subscription; it will never work again.
      if (status === 404 || status === 410) return { kind: 'gone' };
      return { kind: 'failed', status };
    }
  };
}
