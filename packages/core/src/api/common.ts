import { z } from 'zod';

/**
 * Building blocks of the API's answer schemas (the server's `response` and the web's typed client both
 * read them; see contract.ts). Answers are encoded by fastify-type-provider-zod's serializer, so an answer
 * that does not match its schema is a 500 in tests and never a silent drift.
 */

/** An answer without a body (204, 202): swagger shows it as "no content" with this description. */
export const noContent = (description: string) => z.null().describe(description);

/** A record's `DELETE` (deleted for good, or archived where the resource archives). */
export const recordDeleted = noContent('Deleted.');

/** `{ items: [...] }`, the shape of every list. */
export const listOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item) });

/** When the server wrote a record (ISO-8601 instants in UTC). */
export const stamps = { createdAt: z.string(), updatedAt: z.string() };

/** Editable records count their changes (If-Match, 409 conflict). */
export const versionField = {
  version: z.int().positive().describe('1 when created, +1 on every change.'),
};

type Stored<S extends z.ZodRawShape> = {
  [K in keyof S]: S[K] extends z.ZodOptional<infer Inner extends z.ZodType> ? Inner : S[K];
};

/**
 * A stored record's fields from its input fields (`id` left out): a field the input may leave out is always
 * present in an answer (`null` when not recorded, for fields that take `null`).
 */
export function storedFields<S extends z.ZodRawShape>(shape: S): Omit<Stored<S>, 'id'> {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape))
    if (key !== 'id') out[key] = (field instanceof z.ZodOptional ? field.unwrap() : field) as z.ZodType;
  return out as Omit<Stored<S>, 'id'>;
}

/**
 * An answer computed by core whose full type is larger than is worth restating as a schema (insights,
 * progression, …): `schema` documents its top level and lets every other field through (`looseObject`, so
 * nothing is stripped); the type is core's own, so the server's handler and the web are checked against it.
 */
export const shapedAs =
  <T>() =>
  (schema: z.ZodType): z.ZodType<T> =>
    schema as z.ZodType<T>;

/** A file answer (PDF, calendar, CSV): documented by content type; the server sends the bytes as they are. */
export const fileAnswer = <const C extends string>(contentTypes: readonly C[], description: string) => ({
  description,
  content: Object.fromEntries(
    contentTypes.map((c) => [c, { schema: z.string().describe(description) }]),
  ) as Record<C, { schema: z.ZodString }>,
});

/**
 * The version of her one document (profile, plan, break settings): 0 until first saved, +1 on every save.
 * A `PUT` names the version it was based on in `If-Match`; a stale one answers 409 with the current document.
 */
export const documentVersion = z.int().min(0).describe('0 until first saved, +1 on every save.');
