import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '../auth/sign-in-sessions.js';
import { errorBody, localized } from './errors.js';
import { type Encoded, encodeOnce, sendEncoded } from './fixed-answer.js';

// The service worker and the page that registers it must always be revalidated, or users keep an old app.
// `setHeaders` sees the file actually sent, so the build's .br/.gz siblings must match too.
const NEVER_CACHE = /(^|\/)(index\.html|sw\.js|registerSW\.js|manifest\.webmanifest)(\.br|\.gz)?$/;

interface Preload {
  scripts: string[];
  styles: string[];
}

/**
 * The pages for a visit that carries a session cookie: the build's `index.html` naming, besides the first
 * load, what a signed-in screen needs next (`signed-in-preload.json`, written by web/screen-chunks.ts): the
 * shell every signed-in screen waits on, and the code of the screen at the visited path (Today, History,
 * Insights, Move), so the phone downloads them beside the first load instead of a round trip after `main.tsx`
 * has asked for them. Answers the page for a path (the shell alone on any other path); `undefined` without
 * that file.
 */
/** Named in the pages of a visit with a session cookie (see `signedInShell`). */
export const SESSION_META = '<meta name="spinekind-session" content="cookie">';

export function signedInShell(webDist: string): ((path: string) => string) | undefined {
  const list = join(webDist, 'signed-in-preload.json');
  if (!existsSync(list)) return undefined;
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const { shell, screens } = JSON.parse(readFileSync(list, 'utf8')) as {
    shell: Preload;
    screens: Record<string, Preload>;
  };
  const named = (file: string) => html.includes(`"/${file}"`);
  const links = ({ scripts, styles }: Preload) => [
    ...scripts.filter((f) => !named(f)).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
    ...styles.filter((f) => !named(f)).map((f) => `<link rel="preload" crossorigin href="/${f}" as="style">`),
  ];
  // The marker tells the page a session cookie came with it, so the shell may draw its frame while it asks who
  // she is (web/src/lib/signed-out.ts, `sessionPage`); the cookie itself is HttpOnly.
  const page = (screen: Preload | undefined) =>
    html.replace(
      '</head>',
      `${[SESSION_META, ...links(shell), ...(screen ? links(screen) : [])].join('\n')}\n</head>`,
    );
  const pages = new Map(Object.entries(screens).map(([path, screen]) => [path, page(screen)]));
  const shellOnly = page(undefined);
  return (path) => pages.get(path.length > 1 ? path.replace(/\/+$/, '') : path) ?? shellOnly;
}

const hasSessionCookie = (request: FastifyRequest) =>
  request.cookies[SESSION_COOKIE] !== undefined || request.cookies[SECURE_SESSION_COOKIE] !== undefined;

/** Serves the built PWA with an SPA fallback; API paths that match nothing get the JSON 404. */
export async function registerWebApp(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  const hasWeb = webDist !== undefined && existsSync(join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      // `/` is the app's page like any other screen's path: the fallback below sends it.
      index: false,
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
  const signedIn = hasWeb ? signedInShell(webDist) : undefined;
  // Each distinct page compressed once (a handful: the shell alone and one per main screen).
  const encoded = new Map<string, Promise<Encoded>>();
  const sendPage = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-cache');
    if (signedIn === undefined || !hasSessionCookie(request))
      return reply.header('vary', 'cookie').sendFile('index.html');
    const html = signedIn(request.url.split('?')[0] ?? '/');
    let page = encoded.get(html);
    if (!page) {
      page = encodeOnce(Buffer.from(html));
      encoded.set(html, page);
    }
    return page.then((bytes) => sendEncoded(request, reply, bytes, 'text/html; charset=utf-8', 'cookie'));
  };
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/health';
    if (hasWeb && !isApi && request.method === 'GET') return sendPage(request, reply);
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
