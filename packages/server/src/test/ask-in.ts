import type { InjectOptions } from 'fastify';
import type { TestApp, TestUser } from './app.js';

/** A signed-in request with an `Accept-Language`, for tests of texts answered in her language. */
export async function askIn(
  t: TestApp,
  u: Pick<TestUser, 'cookie'> | null,
  language: string,
  method: InjectOptions['method'],
  url: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: tests assert on arbitrary response JSON.
): Promise<{ status: number; json: any; headers: Record<string, unknown> }> {
  const res = await t.app.inject({
    method,
    url,
    headers: { 'accept-language': language, ...(u ? { cookie: u.cookie } : {}) },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: res.statusCode, json: res.body ? res.json() : undefined, headers: res.headers };
}
