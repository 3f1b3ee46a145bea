import { describe, expect, it } from 'vitest';
import { type CachedSession, sessionCache } from './session-cache.js';

const IDLE = 14 * 24 * 3600_000;
const T = Date.UTC(2026, 5, 1);

const session = (userId: string, over: Partial<CachedSession> = {}): CachedSession => ({
  user: { id: userId, email: `${userId}@example.test` },
  sessionId: `s-${userId}`,
  expiresAt: T + 90 * 24 * 3600_000,
  lastSeenAt: T,
  cachedAt: T,
  ...over,
});

describe('sessionCache', () => {
  it('keeps a session and answers it while it is live', () => {
    const cache = sessionCache();
    cache.set('a', session('u1'), cache.generation);
    expect(cache.get('a', T + 1000, IDLE)?.user.id).toBe('u1');
  });

  it('does not keep what a lookup read while something was forgotten', () => {
    const cache = sessionCache();
    const readFrom = cache.generation;
    cache.forgetUser('someone else');
    cache.set('a', session('u1'), readFrom);
    expect(cache.get('a', T, IDLE)).toBeUndefined();
  });

  it("forgets every session of one user and no one else's", () => {
    const cache = sessionCache();
    cache.set('a', session('u1'), cache.generation);
    cache.set('b', session('u1'), cache.generation);
    cache.set('c', session('u2'), cache.generation);
    cache.forgetUser('u1');
    expect([cache.get('a', T, IDLE), cache.get('b', T, IDLE)]).toEqual([undefined, undefined]);
    expect(cache.get('c', T, IDLE)?.user.id).toBe('u2');
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('asks the database again after the maximum age, at the absolute end, and after the idle limit', () => {
    const cache = sessionCache({ maxAgeMs: 60_000 });
    cache.set('old', session('u1'), cache.generation);
    expect(cache.get('old', T + 60_001, IDLE)).toBeUndefined();
    cache.set('ended', session('u2', { expiresAt: T + 10 }), cache.generation);
    expect(cache.get('ended', T + 10, IDLE)).toBeUndefined();
    cache.set('idle', session('u3', { lastSeenAt: T - IDLE }), cache.generation);
    expect(cache.get('idle', T, IDLE)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('holds at most its bound, letting the oldest go first', () => {
    const cache = sessionCache({ maxSessions: 3 });
    for (const token of ['a', 'b', 'c', 'd']) cache.set(token, session(`u-${token}`), cache.generation);
    expect(cache.size).toBe(3);
    expect(cache.get('a', T, IDLE)).toBeUndefined();
    expect(cache.get('d', T, IDLE)?.user.id).toBe('u-d');
    cache.forgetUser('u-a'); // its index entry went with it
    expect(cache.size).toBe(3);
  });
});
