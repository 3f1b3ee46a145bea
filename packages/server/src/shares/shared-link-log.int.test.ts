import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

// Everything the app logs at debug, kept in memory to be searched (as test/hardening/logs.int.test.ts does).
const lines: string[] = [];
const logStream = new PassThrough();
logStream.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));

const t = await makeTestApp({
  config: { publicUrl: undefined, logLevel: 'debug' },
  logStream,
  limits: { perIpPerMinute: 4 },
});

describe('a share link in the log', () => {
  it('never writes the token or the passcode, whatever the link is asked for', async () => {
    const u = await t.newUser();
    const passcode = 'PASSCODE-marker-7f3a';
    const made = await u.call('POST', '/api/v1/shares', { days: 7, passcode });
    const token = made.json.share.url.split('/').at(-1) as string;
    const asked = [
      { url: `/api/v1/shared/${token}`, headers: { 'x-share-passcode': passcode } },
      { url: `/api/v1/shared/${token}`, headers: { 'x-share-passcode': 'wrong-one' } },
      { url: `/api/v1/shared/${token}/report.pdf?paper=a4`, headers: { 'x-share-passcode': passcode } },
      { url: `/api/v1/shared/${token}/nothing-here`, headers: {} },
      { url: `/shared/${token}`, headers: {} },
    ];
    for (const { url, headers } of asked) await t.app.inject({ method: 'GET', url, headers });
    const log = lines.join('');
    expect(log).toContain('incoming request');
    expect(log).toContain('/api/v1/shared/[redacted]');
    expect(log).not.toContain(token);
    expect(log).not.toContain(passcode);
  });

  it('limits how often one address may ask for shared links', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await t.app.inject({ method: 'GET', url: `/api/v1/shared/${'b'.repeat(43)}` })).statusCode,
      );
    expect(statuses.slice(-2)).toEqual([429, 429]);
    expect(statuses[0]).toBe(404);
  });
});
