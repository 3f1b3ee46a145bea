import { NetworkError } from '../lib/api';
import { db } from './db';

/**
 * Reads from the server and keeps a copy on the device under `key`; without a network, answers
 * the last copy instead (and fails as before when there is none).
 */
export async function readWithCopy<T>(key: string, read: () => Promise<T>): Promise<T> {
  try {
    const value = await read();
    await db.cached.put({ key, value });
    return value;
  } catch (err) {
    const copy = await db.cached.get(key);
    if (err instanceof NetworkError && copy) return copy.value as T;
    throw err;
  }
}

/** The device copy under `key`, if there is one. */
export async function deviceCopy<T>(key: string): Promise<T | undefined> {
  return (await db.cached.get(key))?.value as T | undefined;
}

export async function keepCopy(key: string, value: unknown): Promise<void> {
  await db.cached.put({ key, value });
}
