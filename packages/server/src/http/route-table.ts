import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';

/** One registered route as the app sees it: what the hardening suite walks (test/hardening/). */
export interface RouteEntry {
  method: string;
  /** The path pattern as registered, e.g. `/api/v1/checkins/:id`. */
  url: string;
  schema: FastifySchema | undefined;
  config: RouteOptions['config'];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the app, filled by an `onRoute` hook as plugins register them. */
    routeTable: RouteEntry[];
  }
}

/** Starts recording routes; call before any route is registered. */
export function recordRoutes(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      table.push({ method, url: route.url, schema: route.schema, config: route.config });
  });
}
