import { negotiate } from '@fastify/accept-negotiator';
import { type Locale, locales } from '@spinekind/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The language of every text this request answers: her profile's language when she is signed in
     * and chose one, else the best match of `Accept-Language`, else English.
     */
    readonly locale: Locale;
  }
}

/** The best of our languages for an `Accept-Language` header ('de-AT,de;q=0.9' → 'de'). */
export function localeOfHeader(header: string | undefined): Locale {
  if (!header) return 'en';
  // negotiate() matches whole tags; her browser may only name regional ones, so offer the languages too.
  const languages = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      return [tag.split('-')[0], ...params].join(';');
    })
    .join(',');
  return (negotiate(`${header},${languages}`, [...locales]) as Locale | null) ?? 'en';
}

export const localeOf = (request: FastifyRequest): Locale =>
  request.user?.language ?? localeOfHeader(request.headers['accept-language']);

/** `request.locale`, read when a route needs it, and `Content-Language` on every answer. */
export const localePlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('locale', {
    getter(this: FastifyRequest) {
      return localeOf(this);
    },
  });
  app.addHook('onSend', async (request, reply) => {
    if (!reply.hasHeader('content-language')) reply.header('content-language', request.locale);
  });
});
