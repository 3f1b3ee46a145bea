import {
  DomainError,
  newShareAnswer,
  reportAnswer,
  SHARE_PASSCODE_HEADER,
  sharedReportAnswer,
  shareInputSchema,
  shareRevoked,
  sharesAnswer,
} from '@spinekind/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyPassword } from '../auth/passwords.js';
import { herToday } from '../bleeding/today.js';
import type { Db } from '../db/client.js';
import { neverCompress } from '../http/compression.js';
import { PasscodeRefused } from '../http/errors.js';
import { loadReport } from '../report/data.js';
import type { UserSlots } from '../work/limits.js';
import type { WorkerPool } from '../work/pool.js';
import {
  findOpenShare,
  logOpening,
  type OpenShare,
  reservePasscodeAttempt,
  rightPasscode,
  shareStore,
} from './store.js';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const tokenParams = z.strictObject({ token: z.string().max(100) });
const notAvailable = () =>
  new DomainError(
    'not_found',
    'This link is no longer available. It may have expired or been turned off; ask for a new one.',
  );

/**
 * Share links for a clinician: she creates (`POST /shares`), lists with their openings and revokes them; anyone
 * holding a link reads her report over its dates (`GET /shared/{token}`, `…/report.pdf`) without an account,
 * with the passcode in `x-share-passcode` when she set one.
 */
export const shareRoutes: FastifyPluginAsyncZod<{
  db: Db;
  clock: () => Date;
  publicUrl: string | undefined;
  perIpPerMinute: number;
  limit: UserSlots;
  workers: WorkerPool;
}> = async (app, { db, clock, publicUrl, perIpPerMinute, limit, workers }) => {
  const tags = ['shares'];
  const baseOf = (request: FastifyRequest) => publicUrl ?? `${request.protocol}://${request.host}`;

  // The shared pages hold her health data for someone else: never indexed, cached or passed on.
  app.addHook('onSend', async (request, reply) => {
    if (request.routeOptions.url?.startsWith('/api/v1/shared/')) {
      reply.header('x-robots-tag', 'noindex, nofollow');
      reply.header('cache-control', 'no-store');
    }
  });

  app.post(
    '/shares',
    {
      ...neverCompress,
      // Only she, signed in, hands her diary to someone else: never a script's token.
      config: { sessionOnly: true },
      schema: { tags, body: shareInputSchema, response: { 201: newShareAnswer } },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const now = clock();
      const made = await shareStore(scope).create(request.body, now, await herToday(scope, now));
      return reply.code(201).send({
        share: {
          id: made.id,
          url: `${baseOf(request)}/shared/${made.token}`,
          expiresAt: made.expiresAt.toISOString(),
          label: made.label,
        },
      });
    },
  );

  app.get('/shares', { schema: { tags, response: { 200: sharesAnswer } } }, async (request) => {
    const { scope } = request.requireUser();
    return { items: await shareStore(scope).list() };
  });

  app.delete(
    '/shares/:id',
    {
      schema: { tags, params: z.strictObject({ id: z.uuid() }), response: { 204: shareRevoked } },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      if (!(await shareStore(scope).revoke(request.params.id, clock())))
        throw new DomainError('not_found', 'There is no such share link.');
      return reply.code(204).send(null);
    },
  );

  /** The share a request's token and passcode open, or the error to answer with. */
  async function opened(request: FastifyRequest, token: string): Promise<OpenShare> {
    const share = TOKEN.test(token) ? await findOpenShare(db, token, clock()) : undefined;
    if (!share) throw notAvailable();
    if (!share.passcodeHash) return share;
    const given = request.headers[SHARE_PASSCODE_HEADER];
    if (typeof given !== 'string' || given === '')
      throw new PasscodeRefused(
        'passcode_required',
        'This link needs the passcode you were given with it.',
        share.remainingAttempts,
      );
    const left = await reservePasscodeAttempt(share);
    if (left === undefined) throw notAvailable();
    if (given.length <= 256 && (await verifyPassword(share.passcodeHash, given))) {
      await rightPasscode(share);
      return share;
    }
    throw new PasscodeRefused(
      'passcode_wrong',
      // Whole sentences, so each translates as one (translateMessage).
      left > 1
        ? `That passcode is not right. ${left} tries are left before the link closes.`
        : left === 1
          ? 'That passcode is not right. 1 try is left before the link closes.'
          : 'That passcode is not right, and the link is now closed. Ask for a new one.',
      left,
    );
  }

  /** Her report over the share's dates (and nothing outside them); the opening is logged for her. */
  async function reportFor(share: OpenShare, request: FastifyRequest) {
    const { scope } = share;
    const model = await loadReport(scope, share.from, share.to, await herToday(scope, clock()), {
      notes: share.includeNotes,
      rangeOnly: true,
      // A public page: in the reader's language (`Accept-Language`), weight and waist in her units.
      locale: request.locale,
    });
    await logOpening(share, clock(), request.headers['user-agent']);
    return model;
  }

  const rateLimit = { max: perIpPerMinute, timeWindow: 60_000 };

  app.get(
    '/shared/:token',
    {
      config: { rateLimit },
      schema: { tags, params: tokenParams, response: { 200: sharedReportAnswer } },
    },
    async (request, reply) => {
      const share = await opened(request, request.params.token);
      // Counted against her slots for costly work, like her own report.
      const report = await limit(share.scope.userId, reply, () => reportFor(share, request));
      return {
        share: {
          label: share.label,
          from: share.from,
          to: share.to,
          expiresAt: share.expiresAt.toISOString(),
        },
        report,
      };
    },
  );

  app.get(
    '/shared/:token/report.pdf',
    {
      config: { rateLimit },
      schema: {
        tags,
        params: tokenParams,
        querystring: z.strictObject({
          paper: z.enum(['a4', 'letter'], { error: 'paper is a4 or letter.' }).default('a4'),
        }),
        response: { 200: reportAnswer },
      },
    },
    async (request, reply) => {
      const share = await opened(request, request.params.token);
      const pdf = await limit(share.scope.userId, reply, async () =>
        workers.renderReport(await reportFor(share, request), request.query.paper, request.locale),
      );
      return (
        reply
          .header('content-type', 'application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="spinekind-report-${share.from}-to-${share.to}.pdf"`,
          )
          // The bytes go as they are: Fastify runs no serializer on a Buffer.
          .send(pdf as unknown as string)
      );
    },
  );
};
