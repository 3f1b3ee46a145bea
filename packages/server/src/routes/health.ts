import { sql } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../db/client.js';

export const healthRoutes: FastifyPluginAsync<{ database: Database; version: string }> = async (
  app,
  { database, version },
) => {
  app.get('/health', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      return { status: 'ok', db: database.kind, version };
    } catch {
      return reply.code(503).send({ status: 'unavailable', db: database.kind, version });
    }
  });
};
