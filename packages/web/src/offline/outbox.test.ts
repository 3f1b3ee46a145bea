import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeServer } from './fake-server.test-support';
import { freshDevice, HER, openTab, T0, type Tab } from './tab.test-support';

/** A check-in written on the device (optimistic copy and outbox), as the check-in form does. */
const save = (tab: Tab, id: string, pain: number) =>
  tab.enqueue(
    { resource: 'checkins', kind: 'create', id, payload: { id, localDate: '2026-12-05', pain } },
    { id, localDate: '2026-12-05', pain, pending: true },
  );
const edit = (tab: Tab, id: string, pain: number) =>
  tab.enqueue(
    { resource: 'checkins', kind: 'update', id, payload: { pain } },
    { id, localDate: '2026-12-05', pain, pending: true },
  );

let server: FakeServer;
let tab: Tab;
const sent = (method?: string) =>
  server.calls.filter((c) => !method || c.method === method).map((c) => `${c.method} ${c.id}`);

beforeEach(async () => {
  ({ server, tab } = await freshDevice());
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Saves with sending paused (as before she signs in), so the changes wait together in the outbox. */
async function queue(run: () => Promise<void>) {
  tab.sendAs(undefined);
  await run();
  await tab.syncNow();
  tab.sendAs(HER.id);
  expect(server.calls).toEqual([]);
}

describe('order', () => {
  it("sends a record's changes in the order she made them, each based on the answer to the one before", async () => {
    await queue(async () => {
      await save(tab, 'a', 3);
      await edit(tab, 'a', 5);
      await save(tab, 'b', 2);
      await edit(tab, 'a', 7);
    });
    await tab.syncNow();
    expect(sent()).toEqual(['POST a', 'PATCH a', 'POST b', 'PATCH a']);
    expect(server.calls.filter((c) => c.method === 'PATCH').map((c) => c.ifMatch)).toEqual(['"1"', '"2"']);
    expect(server.rows.get('a')).toMatchObject({ pain: 7, version: 3 });
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await tab.db.checkins.get('a')).toMatchObject({ pain: 7, version: 3 });
  });
});

describe('a change saved as a run ends', () => {
  it('goes out in that run, not at the next trigger', async () => {
    await save(tab, 'a', 3);
    // The run's last look at the outbox (for changes due later) is where a change saved now was missed.
    const each = tab.db.outbox.each.bind(tab.db.outbox);
    let saved = false;
    vi.spyOn(tab.db.outbox, 'each').mockImplementation((...args) => {
      if (saved) return each(...args);
      saved = true;
      return save(tab, 'b', 4).then(() => each(...args)) as ReturnType<typeof each>;
    });
    await tab.syncNow();
    expect(sent()).toEqual(['POST a', 'POST b']);
    expect(await tab.db.outbox.count()).toBe(0);
  });
});

describe('replay', () => {
  it('a create whose answer was lost is sent again with the same id and lands once', async () => {
    server.failNext('a', 'answer lost');
    await save(tab, 'a', 4);
    await tab.syncNow();
    expect(await tab.db.outbox.count()).toBe(1);
    await tab.syncNow();
    expect(sent('POST')).toEqual(['POST a', 'POST a']);
    expect(server.rows.size).toBe(1);
    expect(await tab.db.outbox.count()).toBe(0);
  });
});

describe('conflict', () => {
  it('a 409 holds her change for her choice: nothing of hers or theirs is dropped, nothing more is sent', async () => {
    server.rows.set('a', { id: 'a', localDate: '2026-12-05', pain: 2, version: 2 });
    await tab.db.checkins.put({ id: 'a', localDate: '2026-12-05', pain: 2, version: 1 } as never);
    await edit(tab, 'a', 8);
    await tab.syncNow();
    expect(server.rows.get('a')).toMatchObject({ pain: 2, version: 2 });
    expect(await tab.db.outbox.count()).toBe(0);
    const mine = await tab.db.checkins.get('a');
    expect(mine).toMatchObject({
      pain: 8,
      conflict: { theirs: { pain: 2, version: 2 }, patch: { pain: 8 } },
    });
  });
});

describe('refused (4xx)', () => {
  for (const status of [400, 404, 422]) {
    it(`a ${status} drops the change, keeps her copy with the reason, and the others still go`, async () => {
      await queue(async () => {
        await save(tab, 'a', 3);
        await save(tab, 'b', 4);
      });
      server.failNext('a', status);
      await tab.syncNow();
      expect(sent()).toEqual(['POST a', 'POST b']);
      expect(await tab.db.outbox.count()).toBe(0);
      expect(await tab.db.checkins.get('a')).toMatchObject({ pain: 3, syncError: `Refused with ${status}.` });
      expect(await tab.failedChanges()).toEqual([
        { resource: 'checkins', id: 'a', reason: `Refused with ${status}.`, day: '2026-12-05' },
      ]);
      await tab.letGo({ resource: 'checkins', id: 'a' });
      expect(await tab.failedChanges()).toEqual([]);
    });
  }

  it('a delete of a record already gone (404) is done, with nothing to show', async () => {
    await tab.enqueue({ resource: 'checkins', kind: 'delete', id: 'gone' }, null);
    await tab.syncNow();
    expect(sent()).toEqual(['DELETE gone']);
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await tab.failedChanges()).toEqual([]);
  });
});

describe('retried (5xx, timeouts, 429, no answer)', () => {
  it('a 5xx waits out a growing pause with jitter, then goes', async () => {
    server.failNext('a', 503, 500);
    await save(tab, 'a', 3);
    await tab.syncNow();
    const first = await tab.db.outbox.toArray();
    // First retry: between 1 and 2 s; with random 0.5, 1.5 s.
    expect(first).toMatchObject([
      { attempts: 1, nextAttemptAt: T0 + 1_500, lastError: 'server answered 503' },
    ]);
    expect(tab.wakes.at(-1)).toBe(1_500);
    expect(tab.syncStatus.get().online).toBe(false);

    await tab.syncNow(); // not due yet: nothing is sent
    expect(sent()).toEqual(['POST a']);

    tab.clock = T0 + 1_500;
    await tab.syncNow();
    expect(await tab.db.outbox.toArray()).toMatchObject([{ attempts: 2, nextAttemptAt: tab.clock + 3_000 }]);
    tab.clock += 3_000;
    await tab.syncNow();
    expect(sent()).toEqual(['POST a', 'POST a', 'POST a']);
    expect(server.rows.size).toBe(1);
    expect(await tab.db.outbox.count()).toBe(0);
    expect(tab.syncStatus.get().online).toBe(true);
  });

  it('the pause doubles up to a minute, and the jitter spreads it between half and all of it', () => {
    const pauses = (random: number) => {
      tab.timing.random = () => random;
      return [1, 2, 3, 4, 5, 6, 7, 12].map((tries) => tab.backoffDelay(tries));
    };
    expect(pauses(0)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(pauses(0.999_999)).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it("a 429 waits at least the server's Retry-After", async () => {
    server.failNext('a', 429);
    await save(tab, 'a', 3);
    await tab.syncNow();
    expect(await tab.db.outbox.toArray()).toMatchObject([{ attempts: 1, nextAttemptAt: T0 + 120_000 }]);
  });

  it('a timeout is retried for that change alone', async () => {
    await queue(async () => {
      await save(tab, 'a', 3);
      await save(tab, 'b', 4);
    });
    server.failNext('a', 'timeout');
    await tab.syncNow();
    expect(sent()).toEqual(['POST a', 'POST b']);
    expect(await tab.db.outbox.toArray()).toMatchObject([{ id: 'a', attempts: 1, lastError: 'timed out' }]);
  });

  it('when nothing answers, the run stops (the rest would fail alike) and comes back with back-off', async () => {
    await queue(async () => {
      await save(tab, 'a', 3);
      await save(tab, 'b', 4);
    });
    server.failNext('a', 'unreachable', 'unreachable');
    await tab.syncNow();
    await tab.syncNow();
    expect(sent()).toEqual(['POST a', 'POST a']);
    expect(tab.wakes).toEqual([1_500, 3_000]);
    expect(tab.syncStatus.get().online).toBe(false);
    await tab.syncNow();
    expect(sent()).toEqual(['POST a', 'POST a', 'POST a', 'POST b']);
  });

  it('a 401 stops the run and asks her to sign in; nothing is dropped', async () => {
    await queue(async () => {
      await save(tab, 'a', 3);
      await save(tab, 'b', 4);
    });
    server.failNext('a', 401);
    await tab.syncNow();
    expect(sent()).toEqual(['POST a']);
    expect(tab.syncStatus.get().authLost).toBe(true);
    expect(await tab.db.outbox.count()).toBe(2);
  });
});

describe('no head-of-line blocking', () => {
  it('a change that keeps failing holds back only the later changes of its own record', async () => {
    await queue(async () => {
      await save(tab, 'a', 3);
      await save(tab, 'b', 4);
      await edit(tab, 'a', 6);
      await save(tab, 'c', 5);
    });
    server.failNext('a', 500, 500, 500);
    await tab.syncNow();
    expect(sent()).toEqual(['POST a', 'POST b', 'POST c']);
    expect((await tab.db.outbox.toArray()).map((o) => `${o.kind} ${o.id}`)).toEqual(['create a', 'update a']);

    await save(tab, 'd', 1); // sent at once, although a is still waiting
    await tab.syncNow();
    expect(sent()).toEqual(['POST a', 'POST b', 'POST c', 'POST d']);

    for (const _ of [1, 2, 3]) {
      tab.clock += 600_000;
      await tab.syncNow();
    }
    expect(sent('POST').filter((c) => c === 'POST a')).toHaveLength(4);
    expect(server.rows.get('a')).toMatchObject({ pain: 6, version: 2 });
    expect(await tab.db.outbox.count()).toBe(0);
  });
});

describe('two tabs', () => {
  /** Web Locks as the browser grants them: one holder per name, the others queue in order. */
  function fakeLocks() {
    const tails = new Map<string, Promise<unknown>>();
    return {
      request(name: string, run: () => Promise<unknown>) {
        const next = (tails.get(name) ?? Promise.resolve()).then(run);
        tails.set(
          name,
          next.catch(() => undefined),
        );
        return next;
      },
    };
  }

  it('with Web Locks, two tabs syncing at once send each change once', async () => {
    vi.stubGlobal('navigator', { onLine: true, locks: fakeLocks() });
    const other = await openTab();
    await queue(async () => {
      await save(tab, 'a', 3);
      await save(tab, 'b', 4);
    });
    server.hold();
    const both = Promise.all([tab.syncNow(), other.syncNow()]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.release();
    await both;
    expect(sent()).toEqual(['POST a', 'POST b']);
    expect(await tab.db.outbox.count()).toBe(0);
  });
});
