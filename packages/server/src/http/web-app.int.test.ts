import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';
import { tmpRoot } from '../test/target.js';
import { SESSION_META } from './web-app.js';

// The first screen's CSS, inlined by the build (beasties): the CSP must allow exactly this block.
const CRITICAL_CSS = 'body{margin:0;background:#f7f5f2}.topbar{display:flex}';

// A web build as `vite build` leaves it: every text file with its .br and .gz siblings (web/vite.config.ts).
const dist = join(tmpRoot, `web-dist-${process.pid}-${Date.now()}`);
const files: Record<string, string> = {
  'index.html': `<!doctype html><html><head><title>Spinekind</title><style>${CRITICAL_CSS}</style><link rel="modulepreload" crossorigin href="/assets/index-AbC123.js"></head><body>${'<p>shell</p>'.repeat(50)}</body></html>`,
  'assets/index-AbC123.js': `console.log(${JSON.stringify('spinekind '.repeat(300))});`,
  'sw.js': `self.addEventListener('install', () => {});${' '.repeat(2000)}`,
  'registerSW.js': "if('serviceWorker' in navigator)navigator.serviceWorker.register('/sw.js')",
  'manifest.webmanifest': JSON.stringify({ name: 'Spinekind', start_url: '/' }),
};
mkdirSync(join(dist, 'assets'), { recursive: true });
// What a signed-in screen needs after the first load (web/screen-chunks.ts): one of them the page names already.
writeFileSync(
  join(dist, 'signed-in-preload.json'),
  JSON.stringify({
    shell: { scripts: ['assets/home-Xy9.js', 'assets/index-AbC123.js'], styles: ['assets/home-Xy9.css'] },
    screens: {
      '/history': { scripts: ['assets/history-Hs1.js'], styles: ['assets/history-Hs1.css'] },
      '/': { scripts: ['assets/TodayPage-Td1.js'], styles: [] },
    },
  }),
);
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(dist, name), text);
  writeFileSync(join(dist, `${name}.br`), brotliCompressSync(text));
  writeFileSync(join(dist, `${name}.gz`), gzipSync(text));
}

const t = await makeTestApp({ webDist: dist });
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const get = (url: string, acceptEncoding?: string, cookie?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: {
      ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
      ...(cookie ? { cookie } : {}),
    },
  });

const encodings = [
  { accept: 'gzip, deflate, br', sent: 'br', decode: brotliDecompressSync },
  { accept: 'gzip', sent: 'gzip', decode: gunzipSync },
  { accept: undefined, sent: undefined, decode: (b: Buffer) => b },
];

describe('the built web app', () => {
  for (const { accept, sent, decode } of encodings) {
    it(`sends a hashed asset ${sent ?? 'uncompressed'} for Accept-Encoding ${accept ?? '(none)'}, cached for a year`, async () => {
      const res = await get('/assets/index-AbC123.js', accept);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(sent);
      expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(decode(res.rawPayload).toString()).toBe(files['assets/index-AbC123.js']);
    });

    for (const path of ['/', '/index.html', '/sw.js', '/registerSW.js', '/manifest.webmanifest']) {
      it(`has ${path} revalidated when sent ${sent ?? 'uncompressed'}`, async () => {
        const res = await get(path, accept);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-encoding']).toBe(sent);
        expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
        expect(res.headers['cache-control']).toBe('no-cache');
      });
    }
  }

  it('answers an app route with the shell, revalidated, in the accepted encoding', async () => {
    const res = await get('/insights', 'br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const body =
      res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.rawPayload) : res.rawPayload;
    expect(body.toString()).toBe(files['index.html']);
  });

  it("lets the page's own inline CSS apply by its hash, and no other inline style", async () => {
    const res = await get('/signin');
    const csp = String(res.headers['content-security-policy']);
    const styleSrc = csp.split(';').find((d) => d.trim().startsWith('style-src')) ?? '';
    const hash = createHash('sha256').update(CRITICAL_CSS).digest('base64');
    expect(styleSrc.trim().split(/\s+/)).toEqual(['style-src', "'self'", `'sha256-${hash}'`]);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('keeps the JSON 404 for an unknown API path', async () => {
    const res = await get('/api/v1/nothing-here', 'br');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('sends the page of a share link with noindex and no-store (its address is the credential)', async () => {
    const res = await get(`/shared/${'c'.repeat(43)}`, 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect((await get('/history')).headers['x-robots-tag']).toBeUndefined();
  });

  describe('a visit with a session cookie', () => {
    const cookie = 'spinekind_session=anything';
    const homeScript = '<link rel="modulepreload" crossorigin href="/assets/home-Xy9.js">';
    const homeStyle = '<link rel="preload" crossorigin href="/assets/home-Xy9.css" as="style">';

    const screenLinks: Record<string, string> = {
      '/': '<link rel="modulepreload" crossorigin href="/assets/TodayPage-Td1.js">\n',
      '/history':
        '<link rel="modulepreload" crossorigin href="/assets/history-Hs1.js">\n<link rel="preload" crossorigin href="/assets/history-Hs1.css" as="style">\n',
      '/move': '',
    };

    it('gets the page naming the signed-in shell’s code and her screen’s to download now, once each', async () => {
      for (const [path, screen] of Object.entries(screenLinks)) {
        const res = await get(path, 'gzip, deflate, br', cookie);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.headers['content-encoding']).toBe('br');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(String(res.headers.vary)).toMatch(/cookie/i);
        expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
        expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
        const page = brotliDecompressSync(res.rawPayload).toString();
        expect(page).toContain(homeScript);
        expect(page).toContain(homeStyle);
        expect(page.split('/assets/index-AbC123.js')).toHaveLength(2);
        expect(page.replace(`${SESSION_META}\n${homeScript}\n${homeStyle}\n${screen}`, '')).toBe(
          files['index.html'],
        );
      }
    });

    it('names the same screen with a trailing slash or a query, and only the shell elsewhere', async () => {
      const body = async (path: string) => (await get(path, undefined, cookie)).body;
      expect(await body('/history/')).toBe(await body('/history'));
      expect(await body('/history?from=2026-01-01')).toBe(await body('/history'));
      expect(await body('/history')).toContain('history-Hs1.js');
      for (const elsewhere of ['/more', '/history/abc', '/move']) {
        const page = await body(elsewhere);
        expect(page).toContain(homeScript);
        expect(page).not.toContain('history-Hs1');
        expect(page).not.toContain('TodayPage-Td1');
      }
    });

    it('gets it uncompressed when she names no encoding, and a 304 when she holds it', async () => {
      const res = await get('/', undefined, cookie);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body).toContain(homeScript);
      const again = await t.app.inject({
        method: 'GET',
        url: '/',
        headers: { cookie, 'if-none-match': String(res.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
    });

    it('is not what a visit without the cookie gets: that page names nothing more, and says it varies by cookie', async () => {
      for (const path of ['/', '/signin']) {
        const res = await get(path, 'br');
        expect(brotliDecompressSync(res.rawPayload).toString()).toBe(files['index.html']);
        expect(String(res.headers.vary)).toMatch(/cookie/i);
      }
    });
  });
});
