import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.js';
import { createPushJob } from './job.js';
import { vapidKeyCache } from './keys.js';
import type { PushOptions } from './options.js';
import { pushRoutes } from './routes.js';
import { webPushSender } from './sender.js';

/** Web Push: the routes, and the reminder job when `push.job` asks for it (stopped when the app closes). */
export const pushPlugin: FastifyPluginAsyncZod<{ db: Db; clock: () => Date; push: PushOptions }> = async (
  app,
  { db, clock, push },
) => {
  const keys = vapidKeyCache(db, clock);
  const send = webPushSender({ subject: push.subject, keys, agent: push.agent });
  await app.register(pushRoutes, { clock, push, keys, send });
  if (push.job && push.job.intervalMs > 0) {
    const job = createPushJob({ db, clock, send, log: app.log, intervalMs: push.job.intervalMs });
    app.addHook('onReady', async () => job.start());
    app.addHook('onClose', async () => job.stop());
  }
};
