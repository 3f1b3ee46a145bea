import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../config-proxy.js';
import { makeTestApp } from '../test/app.js';

const lines: string[] = [];
const logStream = new PassThrough();
logStream.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));

const PROXY = '10.0.0.7';
// On PostgreSQL the brake's counts outlive a run (a day): addresses and the email are this run's own.
const run = () => 1 + Math.floor(Math.random() * 250);
const CLIENT = `203.0.${run()}.${run()}`;
const BEHIND = `192.0.${run()}`;
const FORGED = `198.51.${run()}`;
const EMAIL = `nobody-${randomUUID()}@example.test`;
const t = await makeTestApp({
  trustProxy: parseTrustProxy(`${PROXY},fd00::/8`),
  limits: { perIpPerMinute: 3 },
  config: { publicUrl: undefined, logLevel: 'info' },
  logStream,
});

const login = (remoteAddress: string, forwardedFor: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { email: EMAIL, password: 'not the password at all' },
  });

describe('TRUST_PROXY names the proxies', () => {
  it('refuses TRUST_PROXY=true at start-up and says what to write instead', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY=127\.0\.0\.1.*TRUST_PROXY=1/s);
    expect(() => parseTrustProxy('10.0.0.300')).toThrow(/not an IP address or CIDR/);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(parseTrustProxy(undefined)).toBe(false);
  });

  it('never lets a client that is not a named proxy choose its address with X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(CLIENT, `${FORGED}.${i}`)).statusCode);
    // Limited as one address (3 a minute), however the header rotates.
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
    const log = lines.join('');
    expect(log).toContain(`"remoteAddress":"${CLIENT}"`);
    expect(log).not.toContain(`${FORGED}.`);
  });

  it("believes the named proxy's X-Forwarded-For: each client behind it is limited on its own", async () => {
    for (let i = 0; i < 4; i++) expect((await login(PROXY, `${BEHIND}.${i}`)).statusCode).toBe(401);
    expect(lines.join('')).toContain(`"remoteAddress":"${BEHIND}.3"`);
  });
});
