import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { DomainError, recordDeleted } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UserScope } from '../db/scope.js';
import { baseVersionOf, checkBaseVersion, conflictAnswer, ifMatchHeaders } from '../versions/versions.js';
import { type EditableResourceDef, itemsFor, resourceStore } from './store.js';

const idParams = z.strictObject({ id: z.string() });

/** Every field of the patch already has the patch's value in the record (`null` and absent are the same). */
const alreadyHolds = (current: object, patch: object) =>
  Object.entries(patch).every(([field, value]) =>
    isDeepStrictEqual((current as Record<string, unknown>)[field] ?? null, value ?? null),
  );

type Api = Parameters<FastifyPluginAsyncZod>[0];

/**
 * Registers create (idempotent by client id) · list · get · patch · delete for one resource on `app`, all
 * scoped to the user, under `path` (a feature passes its literal, e.g. `'/checkins'`, so a search for the
 * path finds the feature's routes file). With `removal: 'archive'`, also `POST <path>/:id/restore`.
 */
export function crudRoutes<Item, Input extends { id?: string | undefined }, Patch>(
  app: Api,
  path: `/${string}`,
  def: EditableResourceDef<Item, Input, Patch>,
  clock: () => Date,
): void {
  const notFound = () =>
    new DomainError('not_found', `That ${def.singular} does not exist (it may have been deleted).`);
  const checked = async (input: Omit<Input, 'id'>, scope: UserScope, now: Date) => {
    const problems = def.check?.run(input, await itemsFor(def, scope, input), now) ?? [];
    if (problems.length) throw new DomainError('validation_failed', 'Some values are not valid.', problems);
  };
  // Tagged by the path (e.g. `checkins`) in the OpenAPI document.
  const tags = [path.slice(1)];
  const { one, list } = def.answers;

  app.post(
    path,
    { schema: { tags, body: def.input, response: { 200: one, 201: one } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const { id = randomUUID(), ...input } = request.body as Input;
      const now = clock();
      await checked(input, scope, now);
      const { item, created } = await resourceStore(def, scope).create(id, input, now);
      return reply.code(created ? 201 : 200).send({ [def.singular]: item });
    },
  );

  const querystring = def.listQuery?.schema;
  app.get(
    path,
    { schema: { tags, ...(querystring ? { querystring } : {}), response: { 200: list } } },
    async (request) => {
      // Without a query schema nothing validated the query string: it selects nothing then.
      const query = querystring ? (request.query as Record<string, string | undefined>) : {};
      return { items: await resourceStore(def, request.requireUser().scope).listBy(query) };
    },
  );

  app.get(`${path}/:id`, { schema: { tags, params: idParams, response: { 200: one } } }, async (request) => {
    const item = await resourceStore(def, request.requireUser().scope).get(request.params.id);
    if (!item) throw notFound();
    return { [def.singular]: item };
  });

  app.patch(
    `${path}/:id`,
    {
      schema: {
        tags,
        params: idParams,
        headers: ifMatchHeaders,
        body: def.patch,
        response: { 200: one, 409: conflictAnswer },
      },
      // Someone else's (or no) record is a 404 before the body is validated: a 400 would tell that
      // the id exists for no one, and the order of checks stays the same on every route.
      preValidation: async (request) => {
        const { id } = request.params as { id: string };
        if (!(await resourceStore(def, request.requireUser().scope).get(id))) throw notFound();
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const now = clock();
      const item = await scope.transaction(async (tx) => {
        const store = resourceStore(def, tx);
        const current = await store.get(request.params.id, true);
        if (!current) throw notFound();
        // A change the record already holds (her own, sent again after its answer was lost, or the same
        // values from another device) is no conflict: answered with the record as it is, nothing written.
        if (alreadyHolds(current, request.body as object)) return current;
        checkBaseVersion(current, baseVersionOf(request.headers));
        // The version is the server's count, never part of what a patch merges into.
        const { version: _version, ...fields } = current as Item & { version?: number };
        const merged = def.merge(fields as Item, request.body as Patch);
        await checked(merged, tx, now);
        return store.update(request.params.id, def.toValues(merged), now);
      });
      if (!item) throw notFound();
      return { [def.singular]: item };
    },
  );

  app.delete(
    `${path}/:id`,
    {
      schema: {
        tags,
        params: idParams,
        headers: ifMatchHeaders,
        response: { 204: recordDeleted, 409: conflictAnswer },
      },
    },
    async (request, reply) => {
      const base = baseVersionOf(request.headers);
      const removed = await request.requireUser().scope.transaction(async (tx) => {
        const store = resourceStore(def, tx);
        if (base !== undefined) {
          const current = await store.get(request.params.id, true);
          if (current) checkBaseVersion(current, base);
        }
        return store.remove(request.params.id, clock());
      });
      if (!removed) throw notFound();
      return reply.code(204).send(null);
    },
  );

  // Undo for an archive: the item is offered again, unchanged. Idempotent; nothing to undo answers the item.
  if (def.removal === 'archive')
    app.post(
      `${path}/:id/restore`,
      {
        schema: {
          tags,
          params: idParams,
          summary: `Brings back an archived ${def.singular}.`,
          response: { 200: one },
        },
      },
      async (request) => {
        const scope = request.requireUser().scope;
        const item = await resourceStore(def, scope).unarchive(request.params.id, clock());
        if (!item) throw notFound();
        return { [def.singular]: item };
      },
    );
}
