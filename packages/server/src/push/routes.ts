import { randomUUID } from 'node:crypto';
import {
  DomainError,
  pushEndpointSchema,
  pushKeyAnswer,
  pushRemoved,
  pushSubscriptionAnswer,
  pushSubscriptionInputSchema,
  pushSubscriptionsAnswer,
  pushTestAnswer,
} from '@spinekind/core';
import { eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { VapidKeys } from './keys.js';
import { endpointProblem, type PushOptions } from './options.js';
import type { PushSender } from './sender.js';
import { dropLeastRecentlyUsed, pushToUser, toInfo } from './store.js';
import { pushSubscriptions } from './table.js';

const idParams = z.strictObject({ id: z.string() });
const notFound = () =>
  new DomainError('not_found', 'That device is not subscribed (it may have been removed already).');

/** Web Push: our public key, this user's device subscriptions, and a test notification. */
export const pushRoutes: FastifyPluginAsyncZod<{
  clock: () => Date;
  push: PushOptions;
  keys: () => Promise<VapidKeys>;
  send: PushSender;
}> = async (app, { clock, push, keys, send }) => {
  const tags = ['push'];

  app.get('/push/key', { schema: { tags, response: { 200: pushKeyAnswer } } }, async (request) => {
    request.requireUser();
    return { publicKey: (await keys()).publicKey };
  });

  app.get(
    '/push/subscriptions',
    { schema: { tags, response: { 200: pushSubscriptionsAnswer } } },
    async (request) => {
      const { scope } = request.requireUser();
      const rows = await scope.db
        .select()
        .from(pushSubscriptions)
        .where(scope.where(pushSubscriptions))
        .orderBy(pushSubscriptions.createdAt);
      return { items: rows.map(toInfo) };
    },
  );

  app.post(
    '/push/subscriptions',
    {
      schema: {
        tags,
        body: pushSubscriptionInputSchema,
        response: { 200: pushSubscriptionAnswer, 201: pushSubscriptionAnswer },
      },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const { endpoint, keys: k } = request.body;
      const problem = endpointProblem(endpoint, push.endpointHosts);
      if (problem) {
        throw new DomainError('validation_failed', 'Some values are not valid.', [
          { path: 'endpoint', message: problem },
        ]);
      }
      const now = clock();
      const id = randomUUID();
      const userAgent = request.headers['user-agent']?.slice(0, 300) ?? null;
      // An endpoint belongs to one browser profile: subscribing again updates it, and when another
      // account signs in on that browser the subscription moves to her (the old owner stops getting pushes there).
      const same = sql`${pushSubscriptions.userId} = excluded.user_id`;
      const row = await scope.transaction(async (tx) => {
        const [saved] = await tx.db
          .insert(pushSubscriptions)
          .values({
            userId: scope.userId,
            id,
            endpoint,
            p256dh: k.p256dh,
            auth: k.auth,
            userAgent,
            createdAt: now,
          })
          .onConflictDoUpdate({
            target: pushSubscriptions.endpoint,
            set: {
              p256dh: k.p256dh,
              auth: k.auth,
              userAgent,
              id: sql`case when ${same} then ${pushSubscriptions.id} else excluded.id end`,
              createdAt: sql`case when ${same} then ${pushSubscriptions.createdAt} else excluded.created_at end`,
              lastSentAt: sql`case when ${same} then ${pushSubscriptions.lastSentAt} else null end`,
              userId: sql`excluded.user_id`,
            },
          })
          .returning();
        if (saved) await dropLeastRecentlyUsed(tx, saved.id);
        return saved;
      });
      if (!row) throw new Error('push subscription upsert returned nothing');
      return reply.code(row.id === id ? 201 : 200).send({ subscription: toInfo(row) });
    },
  );

  app.delete(
    '/push/subscriptions',
    { schema: { tags, body: pushEndpointSchema, response: { 204: pushRemoved } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const gone = await scope.db
        .delete(pushSubscriptions)
        .where(scope.where(pushSubscriptions, eq(pushSubscriptions.endpoint, request.body.endpoint)))
        .returning();
      if (!gone.length) throw notFound();
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/push/subscriptions/:id',
    { schema: { tags, params: idParams, response: { 204: pushRemoved } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      if (!z.uuid().safeParse(request.params.id).success) throw notFound();
      const gone = await scope.db
        .delete(pushSubscriptions)
        .where(scope.where(pushSubscriptions, eq(pushSubscriptions.id, request.params.id)))
        .returning();
      if (!gone.length) throw notFound();
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/push/test',
    {
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: { tags, response: { 200: pushTestAnswer } },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const now = clock();
      const at = now.toISOString();
      const payload = {
        title: 'Test reminder',
        body: 'Break reminders will appear like this.',
        kind: 'move',
        at,
        url: '/breaks',
        tag: `test-${at}`,
        routineId: null,
        // A test has no reminder to come back to.
        snooze: [],
      };
      return pushToUser(scope, send, JSON.stringify(payload), 60, now);
    },
  );
};
