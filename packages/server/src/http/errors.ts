import {
  type ApiErrorBody,
  DomainError,
  type ErrorCode,
  type ErrorDetail,
  type Locale,
  translateMessage,
} from '@spinekind/core';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { databaseFaultOf } from '../db/faults.js';
import { VersionConflict } from '../versions/versions.js';
import { zodIssuesIn, zodMessageIn } from './zod-locale.js';

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_text: 400,
  invalid_utf8: 400,
  no_file: 400,
  unauthenticated: 401,
  forbidden: 403,
  reauth_required: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  invite_required: 403,
  invite_invalid: 403,
  signup_closed: 403,
  reset_invalid: 400,
  unavailable: 503,
  storage_full: 507,
  passcode_required: 401,
  passcode_wrong: 401,
};

const faultMessages = {
  unreachable:
    "Your Spinekind server can't reach its database right now. Nothing was saved; try again in a moment.",
  // PostgreSQL cancelled the statement (statement_timeout): its transaction rolled back.
  cancelled:
    "Your Spinekind server's database took too long to answer. Nothing was saved; try again in a moment.",
  // PGlite: the statement was not cancelled and may still complete (db/pglite-guard.ts).
  late: "Your Spinekind server's database took too long to answer. Try again in a moment; if you were saving, it may already be saved.",
  storage_full:
    "Your Spinekind server's disk is full, so nothing new can be saved. Nothing was saved this time; whoever runs the server needs to free some space.",
};

/** Seconds a client should wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 5;

const codeOfStatus: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** 429 `rate_limited` with a `Retry-After` header: the caller may try again after that many seconds. */
export class RetryLater extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message);
  }
}

/** 401 for a share link's passcode (missing or wrong): how many wrong ones the link still allows. */
export class PasscodeRefused extends DomainError {
  constructor(
    code: 'passcode_required' | 'passcode_wrong',
    message: string,
    readonly remainingAttempts: number,
  ) {
    super(code, message);
  }
}

export function errorBody(code: ErrorCode, message: string, details?: ErrorDetail[]): ApiErrorBody {
  return { error: details ? { code, message, details } : { code, message } };
}

interface ZodIssueLike {
  code?: string;
  path?: PropertyKey[];
  keys?: string[];
  message: string;
}

/** An error body with its message and every detail's message in her language. */
export function localized(body: ApiErrorBody, locale: Locale): ApiErrorBody {
  const { message, details } = body.error;
  return {
    error: {
      ...body.error,
      message: translateMessage(message, locale),
      ...(details && {
        details: details.map((d) => ({ ...d, message: translateMessage(d.message, locale) })),
      }),
    },
  };
}

/** The part of a request a schema validated (`validationContext`): its body, query string, params or headers. */
function inputOf(request: FastifyRequest, context: string): unknown {
  if (context === 'body') return request.body;
  if (context === 'querystring') return request.query;
  if (context === 'params') return request.params;
  return context === 'headers' ? request.headers : undefined;
}

/** Zod issues → `[{path, message}]`, naming each unknown field separately. */
export function detailsFromIssues(issues: ZodIssueLike[], prefix: string[] = []): ErrorDetail[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...(issue.path ?? []).map(String)];
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((k) => ({ path: [...path, k].join('.'), message: `Unknown field "${k}".` }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}

/**
 * One error handler for the whole API: the standard JSON shape, the right status, never a stack.
 * Database faults are answered as faults: unreachable or too slow → 503 `unavailable` with
 * Retry-After, disk full → 507 `storage_full` (and `onStorageFull`, so /health can say so).
 */
export function registerErrorHandling(app: FastifyInstance, opts: { onStorageFull?: () => void } = {}): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const locale = request.locale;
    // Every message in her language: zod's own ones by re-reading the input in it, ours by translateMessage.
    const send = (status: number, body: ApiErrorBody) => reply.code(status).send(localized(body, locale));
    if (hasZodFastifySchemaValidationErrors(err)) {
      const context = String(err.validationContext);
      const issues =
        zodIssuesIn(locale, request.routeOptions.schema?.[context as 'body'], inputOf(request, context)) ??
        err.validation.map((v) => ({
          code: v.keyword,
          path: v.instancePath.split('/').filter(Boolean),
          keys: (v.params as { keys?: string[] }).keys,
          message: v.message ?? 'Invalid value.',
        }));
      const where = context === 'body' ? [] : [context];
      return send(
        400,
        errorBody('validation_failed', 'Some values are not valid.', detailsFromIssues(issues, where)),
      );
    }
    if (err instanceof ZodError) {
      const issues = err.issues.map((issue) => ({ ...issue, message: zodMessageIn(locale, issue) }));
      return send(
        400,
        errorBody('validation_failed', 'Some values are not valid.', detailsFromIssues(issues)),
      );
    }
    if (err instanceof VersionConflict) {
      const { code, message, current } = err;
      return reply.code(409).send({ error: { code, message: translateMessage(message, locale), current } });
    }
    if (err instanceof PasscodeRefused) {
      const { code, message, remainingAttempts } = err;
      return reply
        .code(401)
        .send({ error: { code, message: translateMessage(message, locale), remainingAttempts } });
    }
    if (err instanceof DomainError) {
      if (err instanceof RetryLater) reply.header('retry-after', String(err.retryAfterSeconds));
      if (err.code === 'unavailable') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return send(statusOf[err.code], errorBody(err.code, err.message, err.details));
    }
    const status = err.statusCode ?? 500;
    const code = codeOfStatus[status];
    if (status < 500 && code) {
      const message =
        code === 'validation_failed' && err.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
          ? 'The request body is not valid JSON.'
          : code === 'validation_failed' && err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
            ? 'The request body is empty; send a JSON object.'
            : code === 'unsupported_media_type'
              ? 'Send the request body as JSON (Content-Type: application/json).'
              : code === 'payload_too_large'
                ? 'The request body is too large.'
                : err.message;
      return send(status, errorBody(code, message));
    }
    const fault = databaseFaultOf(err);
    if (fault === 'storage_full') {
      opts.onStorageFull?.();
      request.log.error({ err }, 'database storage full');
      return send(507, errorBody('storage_full', faultMessages.storage_full));
    }
    if (fault) {
      request.log.warn({ err, fault }, 'database unavailable');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return send(503, errorBody('unavailable', faultMessages[fault]));
    }
    request.log.error({ err }, 'unhandled error');
    return send(500, errorBody('internal', 'Something went wrong on our side. Please try again.'));
  });
}
