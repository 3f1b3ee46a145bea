import { and, eq } from 'drizzle-orm';
import { dailyMetrics } from '../imports/table.js';
import type { TestApp, TestUser } from './app.js';

/** POSTs a file to `/import/<source>` as her, with its content type and query. */
export async function postImport(
  t: TestApp,
  user: TestUser,
  source: string,
  file: Buffer | string,
  type: string,
  query: string,
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/import/${source}?${query}`,
    headers: { cookie: user.cookie, 'content-type': type },
    payload: file,
  });
  return { status: res.statusCode, json: res.json() };
}

/** Her stored daily values from one source, as `{"YYYY-MM-DD metric": value}`. */
export async function importedMetrics(t: TestApp, user: TestUser, source: string) {
  const rows = await t.database.db
    .select()
    .from(dailyMetrics)
    .where(and(eq(dailyMetrics.userId, user.id), eq(dailyMetrics.source, source)));
  return Object.fromEntries(rows.map((r) => [`${r.localDate} ${r.metric}`, r.value]));
}
