import type { FastifySchemaCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { $ZodType, safeParse } from 'zod/v4/core';

/**
 * Every answer is checked against its route's zod response schema, then sent as JSON; an answer that does
 * not fit is a 500, never sent. fastify-type-provider-zod's own serializer checks with `z.encode` (for
 * codecs), which walks each object twice; our schemas hold no codecs, so a forward parse checks the same
 * and takes about half the time (a month of check-ins: 0.42–0.56 ms instead of 0.76–1.01 ms).
 */
export const serializerCompiler = ({
  schema,
  method,
  url,
}: Parameters<FastifySchemaCompiler<unknown>>[0]) => {
  if (!(schema instanceof $ZodType))
    throw new Error(`${method} ${url}: a response schema must be a zod schema.`);
  return (data: unknown): string => {
    const result = safeParse(schema, data);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};
