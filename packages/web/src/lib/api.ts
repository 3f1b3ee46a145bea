import type { ApiErrorBody, ErrorDetail } from '@spinekind/core';
import type { TFunction } from 'i18next';
import { finishPendingSignOut } from './signed-out';

/** The server answered with an error in the standard shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Seconds to wait before trying again (a 429's `Retry-After`), when the server said. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The server could not be reached. `deviceOnline` tells the two cases apart: the device has no network,
 * or it has one and the server (or the proxy in front of it) did not answer.
 */
export class NetworkError extends Error {
  readonly deviceOnline = typeof navigator === 'undefined' || navigator.onLine;
  constructor() {
    super('offline');
    this.name = 'NetworkError';
  }
}

/** A proxy's answer while the server behind it is down or restarting: not an answer from our server. */
const GATEWAY_DOWN = new Set([502, 503, 504]);

/** JSON request to our own API; cookies go along automatically (same origin). */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  // A session she ended offline is closed on the server first; until then nothing travels with its cookie.
  if (path !== '/auth/logout' && !(await finishPendingSignOut())) throw new NetworkError();
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new NetworkError();
  }
  if (res.status === 204) return undefined as T;
  const json = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) {
    const err = (json as ApiErrorBody | undefined)?.error;
    if (!err && GATEWAY_DOWN.has(res.status)) throw new NetworkError();
    throw new ApiError(
      res.status,
      err?.code ?? 'internal',
      err?.message ?? res.statusText,
      err?.details ?? [],
      retryAfterSeconds(res.headers.get('retry-after')),
    );
  }
  return json as T;
}

/** `Retry-After` as whole seconds (it may also be an HTTP date); undefined when absent or unreadable. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

/** Field → first message, from an API error or a zod error's issues. */
export function fieldErrors(details: readonly ErrorDetail[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of details) {
    out[d.path.split('.')[0] ?? ''] ??= d.message;
    out[d.path] ??= d.message;
  }
  return out;
}

/** Field → first message, from a zod validation error in the browser. */
export function zodFieldErrors(error: {
  issues: { path: PropertyKey[]; message: string }[];
}): Record<string, string> {
  return fieldErrors(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
}

/** What to tell the user about a failed request: offline, the server's own message, or a generic line. */
export function problemMessage(err: unknown, t: TFunction): string {
  if (err instanceof NetworkError) return t(err.deviceOnline ? 'errors.serverDown' : 'errors.offline');
  if (err instanceof ApiError && err.status === 429)
    return t('errors.tooMany', { count: Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60)) });
  if (err instanceof ApiError) return err.message;
  return t('errors.generic');
}
