import type { AnswerOf, ApiErrorBody, ApiRoute, BodyOf, ErrorDetail } from '@spinekind/core';
import i18next, { type TFunction } from 'i18next';
import { dropEarly, takeEarly } from './early';
import { inErrorLanguage } from './error-language';
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
    /** A 409 `conflict` on a versioned write: the record as the server holds it now. */
    readonly current?: Record<string, unknown>,
    /** A share link's 401 (`passcode_required`, `passcode_wrong`): wrong passcodes it still allows. */
    readonly remainingAttempts?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The server could not be reached. `deviceOnline` tells the two cases apart: the device has no network,
 * or it has one and the server (or the proxy in front of it, or its database) did not answer: refused,
 * a 5xx, or no answer within the request timeout (`timedOut`). Never a reason to sign her out.
 */
export class NetworkError extends Error {
  readonly deviceOnline = typeof navigator === 'undefined' || navigator.onLine;
  constructor(
    readonly timedOut = false,
    /** The server's (or proxy's) 5xx status, when one answered at all. */
    readonly status?: number,
  ) {
    super('offline');
    this.name = 'NetworkError';
  }
}

/** How long a request may take before it counts as "can't reach your server" (uploads: imports/upload.ts). */
export const REQUEST_TIMEOUT_MS = 15_000;
/** A read that found the server down is asked again after these pauses (writes are replayed by the outbox). */
const READ_RETRY_DELAYS_MS = [500, 1_500];

/**
 * Answers from a server that is down, restarting or can't reach its database (ours say 503 `unavailable`),
 * or from the proxy in front of it: "can't reach your server", whatever the body.
 */
const SERVER_DOWN = new Set([500, 502, 503, 504]);
export const isServerDown = (status: number): boolean => SERVER_DOWN.has(status);

export interface CallOptions<R extends ApiRoute = ApiRoute> {
  /** Values of the route's `:params`, e.g. `{ id }` for `GET /checkins/:id`. */
  params?: Record<string, string>;
  /** The query string, without `?`. */
  query?: string;
  /** The body core's `requests` names for the route (what the server validates it with). */
  body?: BodyOf<R>;
  headers?: Record<string, string>;
}

/**
 * The typed client: one API call by its route in core's contract, e.g. `call('GET /checkins/:id',
 * { params: { id } })`, answering the type core's schema gives that route, with the body typed by core's
 * `requests`. Types only: the answer is not checked in the browser (the server's serializer checks every
 * answer against the same schema), and the server validates the body with the very schema it is typed by.
 */
export function call<R extends ApiRoute>(route: R, options: CallOptions<R> = {}): Promise<AnswerOf<R>> {
  const space = route.indexOf(' ');
  const path = route
    .slice(space + 1)
    .replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ''));
  const query = options.query ? `?${options.query}` : '';
  return api<AnswerOf<R>>(route.slice(0, space), `${path}${query}`, options.body, options.headers);
}

/**
 * JSON request to our own API; cookies go along automatically (same origin). Typed calls go through `call`;
 * a type argument here is an unchecked assertion, left only where a caller picks the route at run time.
 */
export async function api<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  // A session she ended offline is closed on the server first; until then nothing travels with its cookie.
  if (path !== '/auth/logout' && !(await finishPendingSignOut())) throw new NetworkError();
  for (let attempt = 0; ; attempt++) {
    try {
      return (await request(method, path, body, headers)) as T;
    } catch (err) {
      const pause = READ_RETRY_DELAYS_MS[attempt];
      const retry = method === 'GET' && err instanceof NetworkError && err.deviceOnline && !err.timedOut;
      if (!retry || pause === undefined) throw err;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

async function request(
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<unknown> {
  let res: Response | undefined;
  const language = i18next.language || 'en';
  try {
    // A plain read main.tsx started while this screen's code was on its way (lib/early.ts).
    const plainRead = method === 'GET' && body === undefined && Object.keys(headers).length === 0;
    if (plainRead) res = await takeEarly(path, language);
    else if (method !== 'GET') dropEarly();
    res ??= await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        // Texts the server writes (advice, exercises, lessons, errors) come in the language on screen.
        'accept-language': language,
        ...headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (err) {
    throw new NetworkError(err instanceof DOMException && err.name === 'TimeoutError');
  }
  if (isServerDown(res.status)) throw new NetworkError(false, res.status);
  if (res.status === 204) return undefined;
  const json = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) {
    const err = (
      json as
        | {
            error?: ApiErrorBody['error'] & { current?: Record<string, unknown>; remainingAttempts?: number };
          }
        | undefined
    )?.error;
    throw new ApiError(
      res.status,
      err?.code ?? 'internal',
      err?.message ?? res.statusText,
      err?.details ?? [],
      retryAfterSeconds(res.headers.get('retry-after')),
      err?.current,
      err?.remainingAttempts,
    );
  }
  return json;
}

/** `Retry-After` as whole seconds (it may also be an HTTP date); undefined when absent or unreadable. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

/** Field → first message (in the language on screen), from an API error or a zod error's issues. */
export function fieldErrors(details: readonly ErrorDetail[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of details) {
    const message = inErrorLanguage(d.message);
    out[d.path.split('.')[0] ?? ''] ??= message;
    out[d.path] ??= message;
  }
  return out;
}

/** Field → first message, from a zod validation error in the browser. */
export function zodFieldErrors(error: {
  issues: { path: PropertyKey[]; message: string }[];
}): Record<string, string> {
  return fieldErrors(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
}

/** A versioned write refused because another device changed the record first (409 `conflict`). */
export const isConflict = (err: unknown): err is ApiError =>
  err instanceof ApiError && err.status === 409 && err.code === 'conflict';

/** `If-Match` for a write based on `version` of a record (none when the version is unknown: last writer wins). */
export const ifMatch = (version: number | undefined): Record<string, string> =>
  version === undefined ? {} : { 'if-match': `"${version}"` };

/** What to tell the user about a failed request: offline, the server's own message, or a generic line. */
export function problemMessage(err: unknown, t: TFunction): string {
  if (err instanceof NetworkError) return t(err.deviceOnline ? 'errors.serverDown' : 'errors.offline');
  if (err instanceof ApiError && err.status === 429)
    return t('errors.tooMany', { count: Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60)) });
  if (err instanceof ApiError && isConflict(err)) return t('errors.changedElsewhere');
  if (err instanceof ApiError) return inErrorLanguage(err.message);
  return t('errors.generic');
}

/** The same for pages seen signed out (sign-in, forgot, reset): nothing is kept on the device for later there. */
export function signedOutProblem(err: unknown, t: TFunction): string {
  if (err instanceof NetworkError) return t(err.deviceOnline ? 'auth.serverDown' : 'auth.offline');
  return problemMessage(err, t);
}
