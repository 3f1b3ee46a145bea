import { call } from '../../lib/api';
import { formSchemas } from '../../lib/schemas';

/** What this browser can do about reminders while the app is closed. */
export type PushSupport = 'supported' | 'unsupported' | 'ios-needs-home-screen';

export function pushSupport(): PushSupport {
  const ios =
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  const standalone =
    window.matchMedia?.('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  const apis = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  // iOS 16.4+ offers Web Push only to Home Screen apps; in a Safari tab the APIs are missing.
  if (ios && !standalone) return 'ios-needs-home-screen';
  return apis ? 'supported' : 'unsupported';
}

/** The service worker registration, or undefined if none takes control within a few seconds. */
export async function swRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await swRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Why turning push on didn't work, so the page can say what to do. */
export class PushSetupError extends Error {
  constructor(readonly reason: 'blocked' | 'dismissed' | 'failed' | 'unsupported') {
    super(reason);
    this.name = 'PushSetupError';
  }
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4))
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  const raw = atob(base64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/**
 * Asks for permission, subscribes with the server's VAPID key and hands the subscription to the
 * server. A subscription the server refused is undone, so browser and server agree.
 */
export async function enablePush(): Promise<void> {
  const registration = await swRegistration();
  if (!registration) throw new PushSetupError('unsupported');
  const permission = await Notification.requestPermission();
  if (permission === 'denied') throw new PushSetupError('blocked');
  if (permission !== 'granted') throw new PushSetupError('dismissed');
  const { publicKey } = await call('GET /push/key');
  let subscription: PushSubscription;
  try {
    subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      }));
  } catch {
    throw new PushSetupError('failed');
  }
  // A subscription the browser made always has its endpoint and keys; one without them can't be used.
  try {
    const { pushSubscriptionInputSchema } = await formSchemas();
    const body = pushSubscriptionInputSchema.safeParse(subscription.toJSON());
    if (!body.success) throw new PushSetupError('failed');
    await call('POST /push/subscriptions', { body: body.data });
  } catch (err) {
    await subscription.unsubscribe().catch(() => false);
    throw err;
  }
}

/**
 * On sign-out: no more of her reminders on this device. Tells the server when it can (else the push
 * service reports the endpoint gone and the reminder job drops it), unsubscribes the browser, and closes
 * reminders already on screen.
 */
export async function forgetPush(): Promise<void> {
  const registration =
    'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
  if (!registration) return;
  const subscription = await registration.pushManager?.getSubscription().catch(() => null);
  if (subscription) {
    await call('DELETE /push/subscriptions', { body: { endpoint: subscription.endpoint } }).catch(
      () => undefined,
    );
    await subscription.unsubscribe().catch(() => false);
  }
  for (const shown of await registration.getNotifications().catch(() => [])) shown.close();
}

/** Unsubscribes this browser and tells the server to forget the endpoint. */
export async function disablePush(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  // Server first: if it can't be told, nothing changes and the page says so.
  await call('DELETE /push/subscriptions', { body: { endpoint: subscription.endpoint } });
  await subscription.unsubscribe();
}
