import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp();
const query = async <T>(q: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(q)) as unknown as { rows: T[] }).rows;

/** Rows per table that belong to `userId`, across every table with a `user_id` column (and users itself). */
async function rowsOwnedBy(userId: string): Promise<Record<string, number>> {
  const tables = await query<{ table_name: string }>(
    sql`select table_name from information_schema.columns where column_name = 'user_id' and table_schema = current_schema()`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const r = await query<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table_name)} where user_id = ${userId}`,
    );
    counts[table_name] = r[0]?.n ?? -1;
  }
  const u = await query<{ n: number }>(sql`select count(*)::int as n from users where id = ${userId}`);
  counts.users = u[0]?.n ?? -1;
  return counts;
}

describe('account deletion', () => {
  it('needs the password and deletes nothing when it is wrong', async () => {
    const u = await t.newUser();
    const res = await u.call('DELETE', '/api/v1/me', { password: 'wrong password' });
    expect(res.status).toBe(403);
    expect((await u.call('GET', '/api/v1/me')).status).toBe(200);
  });

  it('removes every row of that user and no one else’s', async () => {
    const u = await t.newUser();
    const other = await t.newUser();
    for (const who of [u, other]) {
      await who.call('POST', '/api/v1/checkins', {
        id: randomUUID(),
        recordedAt: '2026-03-14T08:30:00Z',
        pain: 5,
      });
    }
    const before = await rowsOwnedBy(u.id);
    expect(before.checkins).toBe(1);
    expect(before.sessions).toBe(1);

    const res = await u.call('DELETE', '/api/v1/me', { password: u.password });
    expect(res.status).toBe(204);
    const after = await rowsOwnedBy(u.id);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect((await rowsOwnedBy(other.id)).checkins).toBe(1);
    expect((await u.call('GET', '/api/v1/me')).status).toBe(401);
  });
});
