import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface Encoded {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
  etag: string;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Route option for a route that sends through `fixedAnswers`: its bytes are compressed already. */
export const compressedOnce = { compress: false } as const;

/** RFC 9110 §13.1.2: If-None-Match compares weakly; `*` matches any current answer. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** Bytes compressed once (brotli at its best quality and gzip, in libuv's pool) with a strong ETag. */
export async function encodeOnce(identity: Buffer): Promise<Encoded> {
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzipped(identity, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  return { identity, br, gzip: gz, etag };
}

/**
 * Sends bytes from `encodeOnce` in the encoding the request accepts, with their ETag (an If-None-Match
 * that holds it gets a 304) and `Vary` = `vary` plus Accept-Encoding. The route must be registered with
 * `compressedOnce`.
 */
export function sendEncoded(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: Encoded,
  type: string,
  vary: string,
): FastifyReply {
  reply.header('etag', answer.etag).header('vary', `${vary}, accept-encoding`);
  if (matches(request.headers['if-none-match'], answer.etag)) return reply.code(304).send();
  const accept = request.headers['accept-encoding'];
  const encoding = accept ? negotiate(accept, ['br', 'gzip']) : null;
  reply.type(type);
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(encoding ? answer[encoding] : answer.identity);
}

/**
 * An answer that is the same for everyone who asks with the same key, such as the exercise catalogue in one
 * language. It is checked against its response schema, serialised and compressed once per key, then sent
 * as bytes (`sendEncoded`), so a repeat ask costs no serialising and no compressing, and a browser
 * revalidating after `max-age` gets a 304.
 */
export function fixedAnswers<K extends string>(
  schema: { parse(value: unknown): unknown },
  build: (key: K) => unknown,
) {
  const cache = new Map<K, Promise<Encoded>>();

  function encoded(key: K): Promise<Encoded> {
    let entry = cache.get(key);
    if (!entry) {
      entry = encodeOnce(Buffer.from(JSON.stringify(schema.parse(build(key)))));
      cache.set(key, entry);
      // A failure is not kept: the next ask tries again.
      entry.catch(() => cache.delete(key));
    }
    return entry;
  }

  return async (request: FastifyRequest, reply: FastifyReply, key: K, vary: string) =>
    sendEncoded(request, reply, await encoded(key), 'application/json; charset=utf-8', vary);
}
