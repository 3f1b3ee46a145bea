import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/app.js';
import { testTarget } from '../test/target.js';
import type { Listening } from './listen.js';
import { listenPostgres } from './listen.js';

const target = testTarget();
const database = await openTestDatabase();
afterAll(() => database.close());
// A channel of this file's own: other files' notifications on the shared PostgreSQL never reach it.
const channel = `listen_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const notify = (payload: string) => database.db.execute(sql`select pg_notify(${channel}, ${payload})`);

async function untilListening(listening: Listening): Promise<void> {
  for (let tries = 0; tries < 500; tries++) {
    if (await listening.caughtUp()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('never listening');
}

describe('listening for notifications', () => {
  it('has handled every notification committed before caughtUp() was asked whenever it answers true', async () => {
    const heard: string[] = [];
    const listening = database.listen(channel, { notify: (p) => heard.push(p), reset: () => {} });
    try {
      await untilListening(listening);
      for (let i = 0; i < 200; i++) {
        await notify(String(i));
        // Many at once share round trips; each must still see the notification committed before it asked.
        const answers = await Promise.all(Array.from({ length: 5 }, () => listening.caughtUp()));
        expect(answers).toEqual([true, true, true, true, true]);
        expect(heard.at(-1)).toBe(String(i));
      }
      expect(heard).toHaveLength(200);
    } finally {
      await listening.close();
    }
    expect(await listening.caughtUp()).toBe(false);
  });

  it.runIf(target.kind === 'pglite')(
    'PGlite: hands the notification over before the statement that committed it returns',
    async () => {
      const heard: string[] = [];
      const listening = database.listen(channel, { notify: (p) => heard.push(p), reset: () => {} });
      try {
        await untilListening(listening);
        await notify('now');
        expect(heard).toEqual(['now']);
        await database.db.transaction(async (tx) => {
          await tx.execute(sql`select pg_notify(${channel}, 'at commit')`);
          expect(heard).toEqual(['now']);
        });
        expect(heard).toEqual(['now', 'at commit']);
      } finally {
        await listening.close();
      }
    },
  );

  it.runIf(target.kind === 'postgres')(
    'PostgreSQL: vouches for nothing once its connection is lost, forgets, and listens again by itself',
    async () => {
      const url = target.kind === 'postgres' ? target.url : '';
      const applicationName = `listen test ${randomUUID()}`;
      const heard: string[] = [];
      let resets = 0;
      const listening = listenPostgres(
        url,
        channel,
        { notify: (p) => heard.push(p), reset: () => resets++ },
        { applicationName, retryMs: [100] },
      );
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await untilListening(listening);
        expect(resets).toBe(1);
        const cut = await admin.query(
          'select pg_terminate_backend(pid) as cut from pg_stat_activity where application_name = $1',
          [applicationName],
        );
        expect(cut.rows).toEqual([{ cut: true }]);
        // Whether or not the client has noticed yet, it cannot vouch for anything now.
        expect(await listening.caughtUp()).toBe(false);
        expect(resets).toBe(2);
        await untilListening(listening);
        expect(resets).toBe(3);
        await notify('after');
        expect(await listening.caughtUp()).toBe(true);
        expect(heard).toEqual(['after']);
      } finally {
        await admin.end();
        await listening.close();
      }
    },
  );

  it.runIf(target.kind === 'postgres')(
    'PostgreSQL: closes at once while its connection is still being made, and leaves none behind',
    async () => {
      const url = target.kind === 'postgres' ? target.url : '';
      const applicationName = `listen test ${randomUUID()}`;
      const listening = listenPostgres(
        url,
        channel,
        { notify: () => {}, reset: () => {} },
        { applicationName },
      );
      const started = Date.now();
      await listening.close();
      expect(Date.now() - started).toBeLessThan(1_500);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const left = await admin.query(
          'select count(*)::int as n from pg_stat_activity where application_name = $1',
          [applicationName],
        );
        expect(left.rows).toEqual([{ n: 0 }]);
      } finally {
        await admin.end();
      }
    },
  );
});
