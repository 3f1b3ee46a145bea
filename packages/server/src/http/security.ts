import helmet from '@fastify/helmet';
import { DomainError } from '@spinekind/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bearerSecret } from '../auth/tokens.js';
import { registerInputGuard } from './input.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Nothing in the app uses these; a page (or an injected script) asking for them gets a refusal.
const PERMISSIONS_POLICY = [
  'accelerometer',
  'ambient-light-sensor',
  'autoplay',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'interest-cohort',
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes a file upload (its own content-type parsers decide), not JSON. */
    fileUpload?: boolean;
  }
}

function ownOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ? new URL(publicUrl).origin : `${request.protocol}://${request.host}`;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Security headers (strict CSP, no inline script) and the CSRF rule: state-changing requests must
 * carry JSON and, when the browser names an Origin, it must be ours. Works with SameSite=Lax cookies.
 */
export async function registerSecurity(
  app: FastifyInstance,
  publicUrl: string | undefined,
  /** Hashes of the page's own inline `<style>` blocks (http/inline-styles.ts). */
  styleHashes: readonly string[] = [],
): Promise<void> {
  const https = publicUrl?.startsWith('https:') ?? false;
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", ...styleHashes],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? undefined : false,
    // Share links and the calendar feed carry secrets in their URL: never send it on.
    referrerPolicy: { policy: 'no-referrer' },
  });
  registerInputGuard(app);

  app.addHook('onSend', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    // API answers hold her health data: no cache may keep them, unless a route chose otherwise (the
    // public catalogue). Set here, once, so a new route can't forget it.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });

  // Only JSON bodies are accepted anywhere; Fastify answers 415 for anything else.
  app.removeContentTypeParser(['text/plain']);

  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    const origin = request.headers.origin;
    // A bearer token is never attached by the browser on its own, so a forged cross-site request cannot
    // carry one; with a bearer header the cookie is ignored (auth/plugin.ts), so the Origin rule is moot.
    const bearer = bearerSecret(request.headers.authorization) !== undefined;
    if (!bearer && origin !== undefined && origin !== ownOrigin(request, publicUrl)) {
      throw new DomainError('forbidden', 'This request came from another site and was refused.');
    }
  });

  // After every onRequest hook, so sign-in is checked first (auth/plugin.ts): anonymous → 401, not 415.
  app.addHook('preParsing', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    if (hasBody(request) && !request.routeOptions.config?.fileUpload) {
      const type = request.headers['content-type'] ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        throw new DomainError(
          'unsupported_media_type',
          'Send the request body as JSON (Content-Type: application/json).',
        );
      }
    }
  });
}
