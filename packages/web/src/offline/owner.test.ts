import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HER, openTab, type Tab } from './tab.test-support';

let store: Map<string, string>;
let tab: Tab;

beforeEach(async () => {
  store = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => store.set(k, v),
    removeItem: (k: string) => store.delete(k),
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  tab = await openTab();
  await tab.clearLocalData();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the device owner, kept with the device data', () => {
  it('is whoever claimed the device, and nobody once the device data is cleared', async () => {
    expect(await tab.deviceOwner()).toBeUndefined();
    await tab.claimDevice(HER);
    expect(await tab.deviceOwner()).toEqual(HER);
    await tab.clearLocalData();
    expect(await tab.storedOwner()).toBeUndefined();
  });

  it('takes over the copy of her user an older version kept in localStorage, once, and leaves none there', async () => {
    store.set('spinekind.user', JSON.stringify(HER));
    expect(await tab.deviceOwner()).toEqual(HER);
    expect(store.has('spinekind.user')).toBe(false);
    expect(await tab.storedOwner()).toEqual(HER);
  });

  it('an owner already kept wins over an older copy, and an unreadable copy is dropped with a word', async () => {
    await tab.claimDevice(HER);
    store.set('spinekind.user', JSON.stringify({ id: 'someone-else', email: 'x@example.org' }));
    expect(await tab.deviceOwner()).toEqual(HER);
    expect(store.size).toBe(0);

    await tab.clearLocalData();
    store.set('spinekind.user', '{not json');
    expect(await tab.deviceOwner()).toBeUndefined();
    expect(store.size).toBe(0);
    expect(console.warn).toHaveBeenCalled();
  });
});
