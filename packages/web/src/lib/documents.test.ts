import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

/** The app as loaded afresh (a reload): module state gone, the device's IndexedDB kept. */
async function freshLoad() {
  vi.resetModules();
  return import('./documents');
}

describe('document versions', () => {
  it('a save names the version this session read', async () => {
    const { basedOn, noteVersion } = await freshLoad();
    noteVersion('/profile', { profile: {}, version: 4 });
    expect(await basedOn('/profile')).toEqual({ 'if-match': '"4"' });
  });

  it('after a reload offline, a save from the device copy still names the version it was based on', async () => {
    const first = await freshLoad();
    first.noteVersion('/plan', { plan: {}, version: 7 });
    await vi.waitFor(async () => expect(await first.basedOn('/plan')).toEqual({ 'if-match': '"7"' }));
    // Let the device write land, then load the app again with nothing read from the server.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reloaded = await freshLoad();
    expect(await reloaded.basedOn('/plan')).toEqual({ 'if-match': '"7"' });
  });

  it('a document never read on this device goes without If-Match', async () => {
    const { basedOn } = await freshLoad();
    expect(await basedOn('/reminders')).toEqual({});
  });
});
