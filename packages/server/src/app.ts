import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { DomainError } from '@spinekind/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { deviceRoutes } from './accounts/device-routes.js';
import { inviteRoutes } from './accounts/invite-routes.js';
import { meRoutes } from './accounts/me-routes.js';
import { passwordRoutes } from './accounts/password-routes.js';
import { signupRoutes } from './accounts/signup-routes.js';
import { tokenRoutes } from './accounts/token-routes.js';
import type { BrakeOptions } from './auth/brake.js';
import { authPlugin } from './auth/plugin.js';
import { authRoutes } from './auth/routes.js';
import { backupRoutes } from './backup/routes.js';
import { bleedingRoutes } from './bleeding/routes.js';
import { breakRoutes } from './breaks/routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { checkinRoutes } from './checkins/routes.js';
import { checklistRoutes } from './checklists/routes.js';
import type { Config } from './config.js';
import { fastifyTrustProxy, type TrustProxy } from './config-proxy.js';
import { cycleRoutes } from './cycle/routes.js';
import type { Database } from './db/client.js';
import { ergonomicRoutes } from './ergonomics/routes.js';
import { exerciseRoutes } from './exercise/routes.js';
import { experimentRoutes } from './experiments/routes.js';
import { healthRoutes, storageAlarm } from './health/routes.js';
import { historyRoutes } from './history/routes.js';
import { registerCompression } from './http/compression.js';
import { registerErrorHandling } from './http/errors.js';
import { inlineStyleHashes } from './http/inline-styles.js';
import { localePlugin } from './http/locale.js';
import { loggerOptions } from './http/log.js';
import { registerRobots } from './http/robots.js';
import { recordRoutes } from './http/route-table.js';
import { registerSecurity } from './http/security.js';
import { serializerCompiler } from './http/serializer.js';
import { registerWebApp } from './http/web-app.js';
import { appImportRoutes } from './imports/app-routes.js';
import { csvImportRoutes } from './imports/csv-routes.js';
import { importRoutes } from './imports/routes.js';
import { insightRoutes } from './insights/routes.js';
import { instrumentRoutes } from './instruments/routes.js';
import { lessonRoutes } from './lessons/routes.js';
import type { Mailer } from './mail/mailer.js';
import { planRoutes } from './plan/routes.js';
import { profileRoutes } from './profile/routes.js';
import { programmeRoutes } from './programmes/routes.js';
import { defaultPushOptions, type PushOptions } from './push/options.js';
import { pushPlugin } from './push/plugin.js';
import { reminderRoutes } from './reminders/routes.js';
import { reportRoutes } from './report/routes.js';
import { screeningRoutes } from './screenings/routes.js';
import { shareRoutes } from './shares/routes.js';
import { answerUnavailableWhileClosing } from './shutdown.js';
import { trackingRoutes } from './tracking/routes.js';
import { version } from './version.js';
import { userSlots } from './work/limits.js';
import { workerPool } from './work/pool.js';

export interface AppOptions {
  database: Database;
  config: Pick<Config, 'publicUrl' | 'logLevel'> & Partial<Pick<Config, 'searchIndexing' | 'signup'>>;
  clock?: () => Date;
  /** Folder of the built web app; omitted in API-only tests. */
  webDist?: string;
  limits?: {
    /** The password-guessing brake's thresholds (auth/brake.ts); tests lower or raise them. */
    brake?: BrakeOptions;
    perIpPerMinute?: number;
    uploadBytes?: number;
    /** Answers from this size on are compressed (default 1 KB); tests lower it to see the exemptions. */
    compressFromBytes?: number;
  };
  /** Where log lines go (tests read them); standard output when omitted. */
  logStream?: NodeJS.WritableStream;
  /** Whose X-Forwarded-* headers to believe (config `TRUST_PROXY`): a hop count or the proxies' addresses. */
  trustProxy?: TrustProxy;
  /** Folder for temporary upload files (main.ts: under DATA_DIR); the OS temp folder when omitted. */
  tmpDir?: string;
  /** Web Push settings; the reminder job runs only when `push.job` is given (main.ts does). */
  push?: PushOptions;
  /** Sends "Forgot password" links (main.ts: the SMTP of `SMTP_URL`; tests: a nodemailer JSON transport). */
  mailer?: Mailer;
}

/** Builds a fresh, fully wired app; tests get their own instance with their own database and clock. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const clock = opts.clock ?? (() => new Date());
  const { db } = opts.database;
  const { publicUrl } = opts.config;
  const signup = opts.config.signup ?? 'open';
  const perIpPerMinute = opts.limits?.perIpPerMinute ?? 30;
  const app = Fastify({
    logger: loggerOptions(opts.config.logLevel, opts.logStream),
    bodyLimit: 256 * 1024,
    trustProxy: fastifyTrustProxy(opts.trustProxy ?? false),
    // Our own 503 in the usual shape instead (shutdown.ts).
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  // Costly work (reports, insights, imports, restores): per-user limit, and CPU-heavy parts in worker threads.
  const limit = userSlots();
  const workers = workerPool();
  app.addHook('onClose', () => workers.close());
  recordRoutes(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const alarm = storageAlarm(clock);
  registerErrorHandling(app, { onStorageFull: alarm.raise });
  answerUnavailableWhileClosing(app);
  await registerSecurity(app, opts.config.publicUrl, inlineStyleHashes(opts.webDist));
  // Before every route and @fastify/static, so its hook sees every answer (the plugin's own rule).
  await registerCompression(app, opts.limits?.compressFromBytes);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new DomainError(
        'rate_limited',
        `Too many attempts. Please wait ${Math.ceil(ctx.ttl / 1000)} seconds and try again.`,
      ),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Spinekind API',
        version,
        description: 'Back-pain companion for midlife. JSON under /api/v1.',
      },
      // "Session" means two things here; the docs name them apart (the paths are the stable contract).
      tags: [
        {
          name: 'sessions',
          description:
            'Exercise sessions: a routine she played, with pain before and after. Not sign-in sessions (account: /me/sessions).',
        },
        {
          name: 'account',
          description:
            'Her account: password, deletion, and her sign-in sessions (/me/sessions: the devices she is signed in on).',
        },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(authPlugin, {
    db,
    clock,
    secureCookies: opts.config.publicUrl?.startsWith('https:') ?? false,
    brake: opts.limits?.brake,
    listen: opts.database.listen,
  });
  await app.register(localePlugin);

  await app.register(healthRoutes, { database: opts.database, version, alarm });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { db, clock, perIpPerMinute, signup });
      await api.register(signupRoutes, { db, signup, resetByEmail: opts.mailer !== undefined });
      await api.register(passwordRoutes, { db, clock, publicUrl, perIpPerMinute, mailer: opts.mailer });
      await api.register(meRoutes);
      await api.register(deviceRoutes, { clock });
      await api.register(inviteRoutes, { db, clock, publicUrl });
      await api.register(trackingRoutes, { clock });
      await api.register(checkinRoutes, { clock });
      await api.register(profileRoutes, { clock });
      await api.register(backupRoutes, { clock, engine: opts.database.kind, limit, workers });
      await api.register(csvImportRoutes, { clock, engine: opts.database.kind, limit, workers });
      await api.register(appImportRoutes, {
        clock,
        engine: opts.database.kind,
        limit,
        tmpDir: opts.tmpDir ?? join(tmpdir(), 'spinekind'),
      });
      await api.register(reportRoutes, { clock, limit, workers });
      await api.register(shareRoutes, { db, clock, publicUrl, perIpPerMinute, limit, workers });
      await api.register(screeningRoutes, { db, clock });
      await api.register(cycleRoutes, { clock });
      await api.register(bleedingRoutes, { clock });
      await api.register(historyRoutes);
      await api.register(instrumentRoutes, { clock });
      await api.register(breakRoutes, { clock });
      await api.register(reminderRoutes, { clock });
      await api.register(pushPlugin, {
        db,
        clock,
        push: opts.push ?? defaultPushOptions(opts.config.publicUrl),
      });
      await api.register(ergonomicRoutes, { clock });
      await api.register(calendarRoutes, { db, clock, publicUrl: opts.config.publicUrl });
      await api.register(checklistRoutes, { clock });
      await api.register(exerciseRoutes, { db, clock });
      await api.register(lessonRoutes, { db, clock });
      await api.register(experimentRoutes, { clock });
      await api.register(planRoutes, { clock });
      await api.register(programmeRoutes, { clock });
      await api.register(insightRoutes, { limit });
      await api.register(importRoutes, {
        clock,
        engine: opts.database.kind,
        limit,
        tmpDir: opts.tmpDir ?? join(tmpdir(), 'spinekind'),
        maxUploadBytes: opts.limits?.uploadBytes,
      });
      await api.register(tokenRoutes, { clock });
    },
    { prefix: '/api/v1' },
  );
  // A stopping server still sends the mails it promised.
  if (opts.mailer) {
    const { mailer } = opts;
    app.addHook('onClose', () => mailer.idle());
  }
  app.get('/api/docs', { schema: { hide: true } }, async () => app.swagger());
  await registerRobots(app, opts.config.searchIndexing ?? 'public');
  await registerWebApp(app, opts.webDist);
  return app;
}
