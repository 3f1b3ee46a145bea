import { addDays, localDateSchema, reportAnswer } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { herToday } from '../bleeding/today.js';
import type { UserSlots } from '../work/limits.js';
import type { WorkerPool } from '../work/pool.js';
import { loadReport } from './data.js';

const query = z
  .strictObject({
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    paper: z.enum(['a4', 'letter'], { error: 'paper is a4 or letter.' }).default('a4'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` must be on or before `to`.',
    path: ['from'],
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 2 * 366 * 86_400_000, {
    message: 'A report covers at most two years.',
    path: ['from'],
  });

/**
 * `GET /report.pdf?from&to&paper`: the one-to-two-page summary for her doctor, in her language and units;
 * the last 3 months by default.
 */
export const reportRoutes: FastifyPluginAsyncZod<{
  clock: () => Date;
  limit: UserSlots;
  workers: WorkerPool;
}> = async (app, { clock, limit, workers }) => {
  app.get(
    '/report.pdf',
    { schema: { tags: ['report'], querystring: query, response: { 200: reportAnswer } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      // At most two at once per user; the PDF itself is drawn in a worker thread (pdfkit takes ~100 ms).
      const { pdf, from, to } = await limit(scope.userId, reply, async () => {
        const today = await herToday(scope, clock());
        const to = request.query.to ?? today;
        const from = request.query.from ?? addDays(to, -90);
        const model = await loadReport(scope, from, to, today, {
          locale: request.locale,
          languageTag: request.headers['accept-language']?.split(/[,;]/)[0],
        });
        return { pdf: await workers.renderReport(model, request.query.paper, request.locale), from, to };
      });
      return (
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="spinekind-report-${from}-to-${to}.pdf"`)
          .header('cache-control', 'no-store')
          // The bytes go as they are: Fastify runs no serializer on a Buffer.
          .send(pdf as unknown as string)
      );
    },
  );
};
