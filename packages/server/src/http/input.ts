import { DomainError } from '@spinekind/core';
import type { FastifyInstance } from 'fastify';

/** Deeper than any record we accept; refused before zod or a store walks it. */
export const MAX_DEPTH = 32;

// A NUL can't be stored in PostgreSQL text; a lone surrogate is not a character at all (it can't be
// encoded as UTF-8, so it would turn into U+FFFD somewhere between here and the database).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isPlain(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  // JSON.parse makes plain objects; the query parser makes objects whose prototype has a null
  // prototype. Anything else (an upload stream) is not data to look into.
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/** The first problem in a parsed JSON value, query or params: bad text, or nesting past MAX_DEPTH. */
export function textProblem(
  value: unknown,
  where: string[] = [],
): { code: 'invalid_text' | 'validation_failed'; path: string } | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: where }];
  while (stack.length) {
    const { value: v, path } = stack.pop() as { value: unknown; path: string[] };
    if (typeof v === 'string') {
      if (BAD_TEXT.test(v)) return { code: 'invalid_text', path: path.join('.') };
      continue;
    }
    if (!isPlain(v)) continue;
    if (path.length - where.length >= MAX_DEPTH) return { code: 'validation_failed', path: path.join('.') };
    for (const [key, child] of Object.entries(v)) {
      if (BAD_TEXT.test(key)) return { code: 'invalid_text', path: path.join('.') };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}

/**
 * The one gate for text entering the API, whatever the route: JSON bodies must be valid UTF-8
 * (`invalid_utf8`, instead of U+FFFD stored silently), `__proto__`/`constructor.prototype` keys are
 * refused by Fastify's safe parser, and no string in a body, query or path may hold a NUL or a lone
 * surrogate (`invalid_text`) or nest deeper than MAX_DEPTH. All before validation, so nothing is written.
 */
export function registerInputGuard(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new DomainError('invalid_utf8', 'The request body is not valid UTF-8 text.'), undefined);
      return;
    }
    parseJson(request, text, done);
  });

  app.addHook('preValidation', async (request) => {
    const found =
      textProblem(request.params, ['params']) ??
      textProblem(request.query, ['querystring']) ??
      (isPlain(request.body) ? textProblem(request.body) : undefined);
    if (!found) return;
    const details = [
      {
        path: found.path,
        message:
          found.code === 'invalid_text'
            ? 'Text may not contain NUL characters or unpaired surrogates.'
            : `Nested deeper than ${MAX_DEPTH} levels.`,
      },
    ];
    throw found.code === 'invalid_text'
      ? new DomainError('invalid_text', 'Some text holds characters that cannot be stored.', details)
      : new DomainError('validation_failed', 'Some values are not valid.', details);
  });
}
