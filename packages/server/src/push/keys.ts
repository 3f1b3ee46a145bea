import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { serverKeys } from './table.js';

const vapidSchema = z.strictObject({ publicKey: z.string().min(1), privateKey: z.string().min(1) });
export type VapidKeys = z.infer<typeof vapidSchema>;

const VAPID = 'vapid';

/**
 * The server's VAPID key pair, generated on first use and stored. Race-safe across instances: each
 * tries to insert its own pair, the first wins, and everyone reads back the stored one.
 */
export async function loadVapidKeys(db: Db, now: Date): Promise<VapidKeys> {
  const read = async () => (await db.select().from(serverKeys).where(eq(serverKeys.name, VAPID)))[0]?.value;
  let stored = await read();
  if (!stored) {
    const fresh = webpush.generateVAPIDKeys();
    await db
      .insert(serverKeys)
      .values({
        name: VAPID,
        value: { publicKey: fresh.publicKey, privateKey: fresh.privateKey },
        createdAt: now,
      })
      .onConflictDoNothing({ target: serverKeys.name });
    stored = await read();
  }
  return vapidSchema.parse(stored);
}

/** Loads the keys once per app; a failed load is retried on the next call. */
export function vapidKeyCache(db: Db, clock: () => Date): () => Promise<VapidKeys> {
  let pending: Promise<VapidKeys> | undefined;
  return () => {
    pending ??= loadVapidKeys(db, clock()).catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
}
