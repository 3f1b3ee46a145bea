import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T10:00:00Z') });
const answer = (over: Record<string, unknown> = {}) => ({
  runStart: '2026-03-10',
  answer: 'booked',
  answeredAt: '2026-03-11T09:30:00+01:00',
  ...over,
});

describe('bleeding answers', () => {
  it('creates an answer, keeps its offset, and a replay of the same id answers 200 with the same record', async () => {
    const u = await t.newUser();
    const id = randomUUID();
    const first = await u.call('POST', '/api/v1/bleeding-answers', answer({ id }));
    expect(first.status).toBe(201);
    expect(first.json.answer).toEqual({
      id,
      runStart: '2026-03-10',
      answer: 'booked',
      answeredAt: '2026-03-11T09:30:00.000+01:00',
      createdAt: '2026-03-20T10:00:00.000Z',
      updatedAt: '2026-03-20T10:00:00.000Z',
    });
    const again = await u.call('POST', '/api/v1/bleeding-answers', answer({ id, answer: 'remind_tomorrow' }));
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect((await u.call('GET', '/api/v1/bleeding-answers')).json.items).toHaveLength(1);
  });

  it('lists only hers, ordered by when she answered', async () => {
    const u = await t.newUser();
    const other = await t.newUser();
    await other.call('POST', '/api/v1/bleeding-answers', answer());
    await u.call('POST', '/api/v1/bleeding-answers', answer({ answeredAt: '2026-03-12T08:00:00Z' }));
    await u.call(
      'POST',
      '/api/v1/bleeding-answers',
      answer({ answer: 'remind_tomorrow', answeredAt: '2026-03-11T08:00:00Z' }),
    );
    const list = await u.call('GET', '/api/v1/bleeding-answers');
    expect(list.status).toBe(200);
    expect(list.json.items.map((a: { answer: string }) => a.answer)).toEqual(['remind_tomorrow', 'booked']);
  });

  it('deletes her own answer; another user’s or a missing one is 404', async () => {
    const u = await t.newUser();
    const other = await t.newUser();
    const mine = (await u.call('POST', '/api/v1/bleeding-answers', answer())).json.answer.id;
    expect((await other.call('DELETE', `/api/v1/bleeding-answers/${mine}`)).status).toBe(404);
    expect((await u.call('DELETE', `/api/v1/bleeding-answers/${mine}`)).status).toBe(204);
    const gone = await u.call('DELETE', `/api/v1/bleeding-answers/${mine}`);
    expect(gone.status).toBe(404);
    expect(gone.json.error.code).toBe('not_found');
    expect((await u.call('DELETE', '/api/v1/bleeding-answers/not-a-uuid')).status).toBe(404);
  });

  it('a client id another user already used makes her own, separate record', async () => {
    const u = await t.newUser();
    const other = await t.newUser();
    const id = randomUUID();
    await other.call('POST', '/api/v1/bleeding-answers', answer({ id }));
    expect((await u.call('POST', '/api/v1/bleeding-answers', answer({ id }))).status).toBe(201);
  });

  it.each([
    ['an unknown answer', { answer: 'dismissed' }],
    ['an impossible run start', { runStart: '2026-02-30' }],
    ['an instant without an offset', { answeredAt: '2026-03-11T09:30:00' }],
    ['an id that is not a UUID', { id: 'abc' }],
    ['an unknown field', { note: 'x' }],
  ])('rejects %s', async (_name, over) => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/bleeding-answers', answer(over));
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
  });

  it('refuses a query string it does not read', async () => {
    const u = await t.newUser();
    const res = await u.call('GET', '/api/v1/bleeding-answers?from=2026-01-01');
    expect(res.status).toBe(400);
    expect(res.json.error.details).toEqual([{ path: 'querystring.from', message: 'Unknown field "from".' }]);
  });

  it('asks for sign-in before looking at the body', async () => {
    const anonymous = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
      t.app.inject({ method, url, ...(payload ? { payload } : {}) });
    for (const res of [
      await anonymous('POST', '/api/v1/bleeding-answers', { nonsense: true }),
      await anonymous('GET', '/api/v1/bleeding-answers'),
      await anonymous('DELETE', '/api/v1/bleeding-answers/not-a-uuid'),
    ]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });
});
