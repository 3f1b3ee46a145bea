import type { FastifyInstance } from 'fastify';
import { needsSignIn } from '../../auth/public-routes.js';
import type { RouteEntry } from '../../http/route-table.js';
import { PASSWORD } from '../app.js';

/**
 * What the hardening suite knows about routes beyond the live route table. Everything else is derived:
 * a new route is covered the day it is registered, and a route the suite can't classify fails it.
 */

/**
 * Path parameters that are not ids of her records (so "B uses A's id" means nothing there), with a
 * real value for the fuzz to reach the handler.
 */
export const notRecordParams: Record<string, { why: string; value: string }> = {
  'PUT /api/v1/checklists/:itemId': {
    why: 'a catalogue item id; every user ticks the same items',
    value: 'sleep-position',
  },
  'GET /api/v1/lessons/:id': { why: 'a lesson id; every user reads the same lessons', value: 'walking' },
  'PUT /api/v1/lessons/:id/read': {
    why: 'a lesson id; her reading state is her own',
    value: 'walking',
  },
  'POST /api/v1/instruments/:id/responses': { why: 'a questionnaire id; answers are her own', value: 'peg' },
  'GET /api/v1/instruments/:id/responses': { why: 'a questionnaire id; lists her own answers', value: 'peg' },
  'DELETE /api/v1/admin/invites/:id': {
    why: "an invite is the server's, not hers: only the admin reaches it, everyone else gets 403",
    value: '00000000-0000-4000-8000-000000000000',
  },
  'GET /api/v1/exercises/:id/history': {
    why: 'a catalogue exercise id (or custom:<uuid>); lists only her own sessions',
    value: 'sit-to-stand',
  },
  'POST /api/v1/programmes/:id/start': {
    why: 'a built-in programme id; she follows it',
    value: 'bone-health',
  },
  'DELETE /api/v1/programmes/:id/start': {
    why: 'a built-in programme id; she stops following it',
    value: 'bone-health',
  },
  'GET /api/v1/calendar/:file': {
    why: 'the secret feed token itself (public route)',
    value: `${'a'.repeat(43)}.ics`,
  },
  'GET /api/v1/shared/:token': {
    why: 'the secret share-link token itself (public route)',
    value: 'a'.repeat(43),
  },
  'GET /api/v1/shared/:token/report.pdf': {
    why: 'the secret share-link token itself (public route)',
    value: 'a'.repeat(43),
  },
};

/** Write routes that take no JSON body, and why; a write route with neither a body schema nor an entry here fails the suite. */
export const bodilessWrites: Record<string, string> = {
  'POST /api/v1/auth/logout': 'ends the session in the cookie',
  'POST /api/v1/calendar/token': 'makes a new feed link',
  'DELETE /api/v1/calendar/token': 'turns the feed off',
  'DELETE /api/v1/programmes/:id/start': 'stops following the programme',
  'POST /api/v1/push/test': 'sends a test notification to her devices',
  'POST /api/v1/import/apple-health': 'a file upload (XML, ZIP or multipart), fuzzed with raw bodies',
  'POST /api/v1/import/bearable': 'a Bearable CSV export (raw or multipart), fuzzed with raw bodies',
  'POST /api/v1/import/drip': 'a drip. CSV export (raw or multipart), fuzzed with raw bodies',
  'POST /api/v1/import/clue': 'a Clue JSON export (raw or multipart), fuzzed with raw bodies',
  'POST /api/v1/import/flo': 'a Flo JSON export (raw or multipart), fuzzed with raw bodies',
  'POST /api/v1/import/fhir': 'a FHIR R4 Bundle (raw or multipart), fuzzed with raw bodies',
  'POST /api/v1/import/fitbit': 'a Fitbit Takeout zip (raw or multipart), fuzzed with raw bodies',
  'POST /api/v1/import/health-connect':
    "Health Connect's zip with its SQLite database, fuzzed with raw bodies",
  'POST /api/v1/me/sessions/revoke-others': 'signs out her other devices and ends her access tokens',
  'POST /api/v1/experiments/:id/stop': 'stops her experiment for good',
};
/** The generic record routes: `DELETE …/:id` and `POST …/:id/restore` take no body by design. */
const bodilessPattern = /^(DELETE \/api\/v1\/.+\/:id|POST \/api\/v1\/.+\/:id\/restore)$/;

/**
 * A body that creates a record, for collections whose zod schema can't be met by generated values (an
 * allowed push host, a reference to another record). Others are found by generating bodies until one is accepted.
 */
export const createExamples: Record<string, () => unknown> = {
  'POST /api/v1/push/subscriptions': () => ({
    endpoint: `https://127.0.0.1/push/${crypto.randomUUID()}`,
    expirationTime: null,
    keys: {
      p256dh: `B${'A'.repeat(86)}`,
      auth: 'A'.repeat(22),
    },
  }),
  'POST /api/v1/tokens': () => ({ name: 'hardening', scope: 'read', password: PASSWORD }),
  'POST /api/v1/custom-routines': () => ({ name: 'Mine', items: [{ exerciseId: 'pelvic-tilt' }] }),
  // A template id and a start on or after her today (the suite's NOW is 2026-06-15).
  'POST /api/v1/experiments': () => ({
    id: crypto.randomUUID(),
    templateId: 'morning-routine',
    startDate: '2026-06-16',
  }),
  'POST /api/v1/sessions': () => ({
    routineId: 'walking',
    startedAt: '2026-06-01T08:00:00+01:00',
    endedAt: '2026-06-01T08:30:00+01:00',
    painBefore: 4,
    painAfter: 3,
    effort: 5,
    rating: 'about_right',
  }),
};

/**
 * Collections of hers whose records no POST of their own makes, and the request that makes one (a
 * sign-in makes a session): the suite sends it, then takes the id that newly appears in the list.
 */
export const madeElsewhere: Record<
  string,
  { route: string; body: (user: { email: string; password: string }) => unknown }
> = {
  '/api/v1/me/sessions': {
    route: 'POST /api/v1/auth/login',
    body: (user) => ({ email: user.email, password: user.password }),
  },
};

export const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface ApiRoute extends RouteEntry {
  key: string;
  public: boolean;
  write: boolean;
  /** The zod body schema, when the route declares one. */
  body: unknown;
  params: string[];
}

/** Every `/api/v1` route of the app (HEAD folded into GET), from the app's own route table. */
export function apiRoutes(app: FastifyInstance): ApiRoute[] {
  return app.routeTable
    .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD')
    .map((r) => ({
      ...r,
      key: `${r.method} ${r.url}`,
      public: !needsSignIn(r.method, r.url),
      write: WRITE.has(r.method),
      body: r.schema?.body,
      params: [...r.url.matchAll(/:(\w+)/g)].map((m) => m[1] as string),
    }));
}

export const isBodiless = (r: ApiRoute) => r.key in bodilessWrites || bodilessPattern.test(r.key);

/** The collection a `:id` route belongs to (`/api/v1/checkins/:id/restore` → `/api/v1/checkins`). */
export const collectionOf = (url: string) => url.slice(0, url.indexOf('/:'));

/** The route's URL with its parameter filled: a record id, or the fixed value of `notRecordParams`. */
export function concrete(route: ApiRoute, id: string): string {
  const value = notRecordParams[route.key]?.value ?? id;
  return route.url.replace(/:\w+/, encodeURIComponent(value));
}
