import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeServer } from './fake-server.test-support';
import { freshDevice, type Tab } from './tab.test-support';

let server: FakeServer;
let tab: Tab;
beforeEach(async () => {
  ({ server, tab } = await freshDevice());
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const START = { id: 'a', localDate: '2026-12-05', pain: 4, notes: null, mood: null };
/** Both devices hold version 1; the other device's change (`theirs`) reached the server first. */
async function changedElsewhere(theirs: object) {
  await tab.db.checkins.put({ ...START, version: 1 } as never);
  server.rows.set('a', { ...START, ...theirs, version: 2 });
}
/** Her edit, as the check-in form sends it: the fields she changed, with what they held when she edited. */
const editHere = (payload: Record<string, unknown>) =>
  tab.enqueue(
    {
      resource: 'checkins',
      kind: 'update',
      id: 'a',
      payload,
      base: Object.fromEntries(Object.keys(payload).map((k) => [k, START[k as keyof typeof START]])),
      baseVersion: 1,
    },
    { ...START, ...payload, pending: true },
  );
const patches = () => server.calls.filter((c) => c.method === 'PATCH').map((c) => c.ifMatch);

describe('field-level merge', () => {
  it('changes to different fields merge without a prompt: both kept, hers sent again on top of theirs', async () => {
    await changedElsewhere({ notes: 'took ibuprofen 10:00' });
    await editHere({ pain: 8 });
    await tab.syncNow();
    expect(patches()).toEqual(['"1"', '"2"']);
    expect(server.rows.get('a')).toMatchObject({ pain: 8, notes: 'took ibuprofen 10:00', version: 3 });
    const local = await tab.db.checkins.get('a');
    expect(local).toMatchObject({ pain: 8, notes: 'took ibuprofen 10:00', version: 3 });
    expect(local?.conflict).toBeUndefined();
    expect(await tab.db.outbox.count()).toBe(0);
  });

  it('the same field changed on both is held for her choice, naming it; nothing of either is lost', async () => {
    await changedElsewhere({ pain: 3, notes: 'took ibuprofen 10:00' });
    await editHere({ pain: 7, mood: 2 });
    await tab.syncNow();
    expect(patches()).toEqual(['"1"']);
    expect(server.rows.get('a')).toMatchObject({ pain: 3, notes: 'took ibuprofen 10:00', version: 2 });
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await tab.db.checkins.get('a')).toMatchObject({
      pain: 7,
      mood: 2,
      notes: 'took ibuprofen 10:00',
      conflict: { theirs: { pain: 3, version: 2 }, patch: { pain: 7, mood: 2 }, fields: ['pain'] },
    });
  });

  it('Keep mine sends only her fields: the note only the other device wrote stays', async () => {
    await changedElsewhere({ pain: 3, notes: 'took ibuprofen 10:00' });
    await editHere({ pain: 7 });
    await tab.syncNow();
    await tab.keepMine('checkins', 'a');
    await tab.syncNow();
    expect(server.rows.get('a')).toMatchObject({ pain: 7, notes: 'took ibuprofen 10:00', version: 3 });
    expect((await tab.db.checkins.get('a'))?.conflict).toBeUndefined();
  });

  it('Keep theirs still sends the fields only she changed (they never revert)', async () => {
    await changedElsewhere({ pain: 3 });
    await editHere({ pain: 7, mood: 2 });
    await tab.syncNow();
    await tab.keepTheirs('checkins', 'a');
    await tab.syncNow();
    expect(server.rows.get('a')).toMatchObject({ pain: 3, mood: 2, version: 3 });
    expect(await tab.db.checkins.get('a')).toMatchObject({ pain: 3, mood: 2, version: 3 });
  });
});

describe('edit vs delete', () => {
  it('her edit meeting a record deleted elsewhere is held as gone, not refused; Let it go forgets it', async () => {
    await tab.db.checkins.put({ ...START, recordedAt: '2026-12-05T08:00:00Z', version: 1 } as never);
    await editHere({ pain: 8 });
    await tab.syncNow();
    expect(await tab.db.checkins.get('a')).toMatchObject({ pain: 8, conflict: { gone: true } });
    expect(await tab.failedChanges()).toEqual([]);
    // "Let it go" forgets it here too.
    await tab.keepTheirs('checkins', 'a');
    expect(await tab.db.checkins.get('a')).toBeUndefined();
  });

  it('her delete meeting a newer edit brings theirs back for her choice; Delete anyway deletes it', async () => {
    await changedElsewhere({ pain: 2 });
    await tab.enqueue({ resource: 'checkins', kind: 'delete', id: 'a' }, null);
    await tab.syncNow();
    expect(server.rows.get('a')).toMatchObject({ pain: 2 });
    expect(await tab.db.checkins.get('a')).toMatchObject({ pain: 2, conflict: { deleted: true } });
    await tab.keepMine('checkins', 'a');
    await tab.syncNow();
    expect(server.rows.has('a')).toBe(false);
    expect(await tab.db.checkins.get('a')).toBeUndefined();
  });

  it('a refused delete brings the record back with the reason, like any refused change', async () => {
    await tab.db.checkins.put({ ...START, version: 1 } as never);
    server.rows.set('a', { ...START, version: 1 });
    server.failNext('a', 403);
    await tab.enqueue({ resource: 'checkins', kind: 'delete', id: 'a' }, null);
    await tab.syncNow();
    expect(await tab.db.checkins.get('a')).toMatchObject({ pain: 4, syncError: 'Refused with 403.' });
    expect(await tab.failedChanges()).toEqual([
      { resource: 'checkins', id: 'a', reason: 'Refused with 403.', day: '2026-12-05' },
    ]);
  });
});
