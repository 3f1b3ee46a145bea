import type { FastifyInstance } from 'fastify';
import type { SearchIndexing } from '../config.js';

// Sign-in, sign-up and help are the public pages (with the assets that draw them); everything else
// shows a signed-in person's health diary, and the API is for the app and her scripts, not for search.
const publicPages = `# Spinekind: only the public pages are for search engines.
User-agent: *
Disallow: /api/
Allow: /signin
Allow: /signup
Allow: /help
Allow: /assets/
Disallow: /
`;

const nothing = `# Spinekind: this server asks not to be crawled (SEARCH_INDEXING=none).
User-agent: *
Disallow: /
`;

/** The robots file: public pages only, or nothing at all when the operator says so. */
export function robotsTxt(indexing: SearchIndexing): string {
  return indexing === 'none' ? nothing : publicPages;
}

/** `GET /robots.txt` as text/plain, whether or not the web app is built. */
export async function registerRobots(app: FastifyInstance, indexing: SearchIndexing): Promise<void> {
  const body = robotsTxt(indexing);
  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(body),
  );
}
