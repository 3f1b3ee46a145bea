import { vi } from 'vitest';
import { FakeServer } from './fake-server.test-support';

/** The outbox's unit tests: one account, one clock, tabs that share a database (fake-indexeddb). */
export const HER = { id: 'u-1', email: 'maya@example.org' };
export const T0 = Date.parse('2026-12-06T09:00:00Z');

/** One browser tab: its own copy of the offline modules (module state, Dexie connection), one shared database. */
export async function openTab() {
  vi.resetModules();
  const tab = {
    ...(await import('./outbox')),
    ...(await import('./db')),
    ...(await import('./owner')),
    ...(await import('./failed')),
    ...(await import('./backoff')),
    ...(await import('./conflicts')),
    wakes: [] as number[],
    clock: T0,
  };
  tab.timing.now = () => tab.clock;
  tab.timing.random = () => 0.5;
  tab.timing.later = (_wake, ms) => {
    tab.wakes.push(ms);
    return () => undefined;
  };
  tab.sendAs(HER.id);
  return tab;
}
export type Tab = Awaited<ReturnType<typeof openTab>>;

/** A fresh device and server for each test: her account owns the device, the fake server answers `fetch`. */
export async function freshDevice(): Promise<{ server: FakeServer; tab: Tab }> {
  const server = new FakeServer();
  const store = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => store.set(k, v),
    removeItem: (k: string) => store.delete(k),
  });
  vi.stubGlobal('navigator', { onLine: true });
  vi.stubGlobal('fetch', server.fetch);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const tab = await openTab();
  await tab.clearLocalData();
  await tab.claimDevice(HER);
  return { server, tab };
}
