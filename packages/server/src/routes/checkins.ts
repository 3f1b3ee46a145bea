import { randomUUID } from 'node:crypto';
import {
  applyCheckinPatch,
  checkinInputSchema,
  checkinListQuerySchema,
  checkinPatchSchema,
  DomainError,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertCustomValues } from '../checkins/custom-values.js';
import { checkinRepository } from '../checkins/repository.js';

const idParams = z.strictObject({ id: z.string() });
const notFound = () =>
  new DomainError('not_found', 'That check-in does not exist (it may have been deleted).');
const isUuid = (id: string) => z.uuid().safeParse(id).success;
// Clocks drift and time zones reach 14 hours ahead of UTC; beyond a day ahead is a mistake.
const FUTURE_SLACK_MS = 24 * 3600_000;

export const checkinRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const repo = (request: { requireUser(): { scope: Parameters<typeof checkinRepository>[0] } }) =>
    checkinRepository(request.requireUser().scope);

  const notInFuture = (recordedAt: string | undefined, now: Date) => {
    if (recordedAt && Date.parse(recordedAt) > now.getTime() + FUTURE_SLACK_MS) {
      throw new DomainError('validation_failed', 'Some values are not valid.', [
        { path: 'recordedAt', message: "A check-in can't be recorded in the future." },
      ]);
    }
  };

  app.post(
    '/checkins',
    { schema: { tags: ['checkins'], body: checkinInputSchema } },
    async (request, reply) => {
      const now = clock();
      notInFuture(request.body.recordedAt, now);
      const { id = randomUUID(), ...input } = request.body;
      await assertCustomValues(input, request.requireUser().scope);
      const { checkin, created } = await repo(request).create(id, input, now);
      return reply.code(created ? 201 : 200).send({ checkin });
    },
  );

  app.get(
    '/checkins',
    { schema: { tags: ['checkins'], querystring: checkinListQuerySchema } },
    async (request) => {
      return { items: await repo(request).list(request.query.from, request.query.to) };
    },
  );

  app.get('/checkins/:id', { schema: { tags: ['checkins'], params: idParams } }, async (request) => {
    const checkin = isUuid(request.params.id) ? await repo(request).get(request.params.id) : undefined;
    if (!checkin) throw notFound();
    return { checkin };
  });

  app.patch(
    '/checkins/:id',
    { schema: { tags: ['checkins'], params: idParams, body: checkinPatchSchema } },
    async (request) => {
      const { scope } = request.requireUser();
      const { id } = request.params;
      if (!isUuid(id)) throw notFound();
      const now = clock();
      notInFuture(request.body.recordedAt, now);
      const checkin = await scope.transaction(async (tx) => {
        const tr = checkinRepository(tx);
        const current = await tr.get(id, { lock: true });
        if (!current) throw notFound();
        const merged = applyCheckinPatch(current, request.body);
        await assertCustomValues(merged, tx);
        return tr.replace(id, merged, now);
      });
      return { checkin };
    },
  );

  app.delete(
    '/checkins/:id',
    { schema: { tags: ['checkins'], params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      if (!isUuid(id) || !(await repo(request).remove(id))) throw notFound();
      return reply.code(204).send();
    },
  );
};
