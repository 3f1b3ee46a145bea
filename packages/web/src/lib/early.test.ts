import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from './api';
import { readEarly } from './early';

/** A server that counts what it was asked and answers each read with the count so far. */
function countingServer() {
  const asked: string[] = [];
  // No sign-out waits (lib/signed-out.ts reads its flag from localStorage).
  vi.stubGlobal('localStorage', { getItem: () => null });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      asked.push(`${init?.method ?? 'GET'} ${url}`);
      return new Response(JSON.stringify({ n: asked.length }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('early reads', () => {
  it('the first read of the same path takes the early answer; the next one asks again', async () => {
    const asked = countingServer();
    void readEarly('/profile', 'en', 15_000);
    expect(await api('GET', '/profile')).toEqual({ n: 1 });
    expect(await api('GET', '/profile')).toEqual({ n: 2 });
    expect(asked).toEqual(['GET /api/v1/profile', 'GET /api/v1/profile']);
  });

  it('is not taken for another path or another language', async () => {
    const asked = countingServer();
    void readEarly('/profile', 'de', 15_000);
    await api('GET', '/profile');
    expect(asked).toHaveLength(2);
  });

  it('is dropped by any write, so a list asked before it is never shown after it', async () => {
    const asked = countingServer();
    void readEarly('/screenings', 'en', 15_000);
    await api('POST', '/checkins', { pain: 3 });
    expect(await api('GET', '/screenings')).toEqual({ n: 3 });
    expect(asked).toEqual(['GET /api/v1/screenings', 'POST /api/v1/checkins', 'GET /api/v1/screenings']);
  });

  it('is dropped once it is ten seconds old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const asked = countingServer();
    void readEarly('/me', 'en', 15_000);
    vi.advanceTimersByTime(10_001);
    expect(await api('GET', '/me')).toEqual({ n: 2 });
    expect(asked).toHaveLength(2);
  });
});
