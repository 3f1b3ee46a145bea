import { DomainError } from '@spinekind/core';
import type { FastifyReply } from 'fastify';

/** How many costly requests (reports, insights, imports, restores) one user may have running at once. */
export const COSTLY_PER_USER = 2;
/** What a refused request is told to wait, in seconds: about one report on a busy small server. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Per-user concurrency limit for costly work, in this process: a third request while two run answers
 * 429 `rate_limited` with `Retry-After`, so one person asking for 30 reports at once waits for herself
 * instead of making everyone else wait.
 */
export function userSlots(perUser = COSTLY_PER_USER) {
  const running = new Map<string, number>();
  return async <T>(userId: string, reply: FastifyReply, work: () => Promise<T>): Promise<T> => {
    const now = running.get(userId) ?? 0;
    if (now >= perUser) {
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      throw new DomainError(
        'rate_limited',
        `You already have ${perUser} reports or imports being prepared. Please wait a few seconds and try again.`,
      );
    }
    running.set(userId, now + 1);
    try {
      return await work();
    } finally {
      const left = (running.get(userId) ?? 1) - 1;
      if (left > 0) running.set(userId, left);
      else running.delete(userId);
    }
  };
}
export type UserSlots = ReturnType<typeof userSlots>;
