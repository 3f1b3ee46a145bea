import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody, localized } from './errors.js';

// The service worker and the page that registers it must always be revalidated, or users keep an old app.
// `setHeaders` sees the file actually sent, so the build's .br/.gz siblings must match too.
const NEVER_CACHE = /(^|\/)(index\.html|sw\.js|registerSW\.js|manifest\.webmanifest)(\.br|\.gz)?$/;

/** Serves the built PWA with an SPA fallback; API paths that match nothing get the JSON 404. */
export async function registerWebApp(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  const hasWeb = webDist !== undefined && existsSync(join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      // The build writes .br and .gz beside every text file (web/vite.config.ts); the variant the
      // request accepts is sent, with `Vary: Accept-Encoding`. @fastify/compress leaves them alone.
      preCompressed: true,
      setHeaders(res, path) {
        if (NEVER_CACHE.test(path)) res.header('cache-control', 'no-cache');
        else if (path.includes('/assets/'))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  // A share link's page: never indexed or cached anywhere (its address is the credential). On send, so it
  // wins over the static plugin's `setHeaders` for index.html.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/shared/'))
      reply.header('x-robots-tag', 'noindex, nofollow').header('cache-control', 'no-store');
  });
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/health';
    if (hasWeb && !isApi && request.method === 'GET') {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply
      .code(404)
      .send(
        localized(
          errorBody('not_found', `Nothing here: ${request.method} ${request.url.split('?')[0]}`),
          request.locale,
        ),
      );
  });
}
