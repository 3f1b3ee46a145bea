import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const open = await makeTestApp();
const closed = await makeTestApp({
  config: { publicUrl: undefined, logLevel: 'silent', searchIndexing: 'none' },
});

/** The rules for every crawler, as [field, path] pairs in file order. */
function rules(body: string): [string, string][] {
  const lines = body.split('\n').map((l) => l.replace(/#.*/, '').trim());
  expect(lines).toContain('User-agent: *');
  return lines
    .filter((l) => /^(allow|disallow):/i.test(l))
    .map((l) => {
      const [field = '', ...rest] = l.split(':');
      return [field.toLowerCase(), rest.join(':').trim()];
    });
}

/** Google's rule: the longest matching path wins, Allow on a tie. */
function allowed(body: string, path: string): boolean {
  const matching = rules(body).filter(([, p]) => path.startsWith(p));
  matching.sort((a, b) => b[1].length - a[1].length || (a[0] === 'allow' ? -1 : 1));
  return matching[0]?.[0] !== 'disallow';
}

describe('robots.txt', () => {
  it('is a plain-text robots file, not the app shell', async () => {
    const res = await open.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).not.toMatch(/<html/i);
    expect(rules(res.body).length).toBeGreaterThan(0);
  });

  it('keeps the API out and lets crawlers reach the public pages and their assets', async () => {
    const { body } = await open.app.inject({ method: 'GET', url: '/robots.txt' });
    for (const path of ['/api/', '/api/v1/exercises', '/api/docs', '/history', '/insights', '/'])
      expect(allowed(body, path), path).toBe(false);
    for (const path of ['/signin', '/signup', '/help', '/assets/index-AbC123.js'])
      expect(allowed(body, path), path).toBe(true);
  });

  it('disallows everything when the operator sets SEARCH_INDEXING=none', async () => {
    const { body } = await closed.app.inject({ method: 'GET', url: '/robots.txt' });
    for (const path of ['/signin', '/help', '/assets/x.js', '/api/v1/me'])
      expect(allowed(body, path), path).toBe(false);
  });
});
