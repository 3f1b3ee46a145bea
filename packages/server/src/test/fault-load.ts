import { randomUUID } from 'node:crypto';

/** What one write of the load loop got back. */
export interface WriteResult {
  at: number;
  status: number;
  code?: string;
  retryAfter?: string;
  id: string;
}

export type Send = (
  method: string,
  path: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: tests assert on arbitrary response JSON.
) => Promise<{ status: number; json: any; headers: Record<string, unknown> }>;

/** A check-in as the app sends it: a client-chosen id, so a replay is never a duplicate. */
export const makeCheckin = (notes?: string) => ({
  id: randomUUID(),
  recordedAt: '2026-03-14T08:30:00+01:00',
  pain: 4,
  ...(notes ? { notes } : {}),
});

/**
 * Writers that POST check-ins in a loop until `stop()`; every answer is kept (status, error code,
 * Retry-After), so a test can count what a fault did to them.
 */
export function writeLoop(send: Send, writers: number, notes = () => '') {
  const results: WriteResult[] = [];
  let running = true;
  const loops = Array.from({ length: writers }, async () => {
    while (running) {
      const body = makeCheckin(notes());
      const at = Date.now();
      try {
        const res = await send('POST', '/api/v1/checkins', body);
        const retry = res.headers['retry-after'];
        results.push({
          at,
          status: res.status,
          code: res.json?.error?.code,
          retryAfter: retry === undefined ? undefined : String(retry),
          id: body.id,
        });
      } catch {
        results.push({ at, status: 0, id: body.id });
      }
      // An answer that needs no I/O (a closed database) settles in microtasks alone: let timers run.
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return {
    results,
    acknowledged: () => results.filter((r) => r.status === 200 || r.status === 201).map((r) => r.id),
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `done()` is true, checking every 50 ms; throws after `ms`. */
export async function waitUntil(done: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Statuses and codes of the answers, e.g. `{"201": 120, "503 unavailable": 17}`. */
export function tally(results: WriteResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) {
    const key = r.code && r.status >= 400 ? `${r.status} ${r.code}` : String(r.status);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
