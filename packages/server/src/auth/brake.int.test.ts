import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeTestApp, PASSWORD } from '../test/app.js';
import { brakeKeys, createBrake, defaultBrakeOptions } from './brake.js';
import { authBrake } from './table.js';

let now = new Date('2026-04-01T09:00:00Z');
const clock = () => now;
const advance = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};
const t = await makeTestApp({ clock, limits: { perIpPerMinute: 1_000_000 } });

const login = (ip: string, email: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: ip,
  });
const retryAfter = (res: { headers: Record<string, unknown> }) => Number(res.headers['retry-after']);
let lastIp = 0;
/** An address no other test uses. */
const freshIp = () => `198.51.${Math.floor(++lastIp / 250)}.${(lastIp % 250) + 1}`;

async function owner(ip = freshIp()) {
  const email = `owner-${randomUUID()}@example.test`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password: PASSWORD },
    remoteAddress: ip,
  });
  expect(res.statusCode).toBe(201);
  return { email, homeIp: ip };
}

describe('the sign-in brake', () => {
  it('slows one address hammering her email, with a growing Retry-After, while she signs in from another', async () => {
    const { email } = await owner();
    const attacker = freshIp();
    const statuses: number[] = [];
    const waits: number[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await login(attacker, email, `wrong guess number ${i}`);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.json().error.code).toBe('rate_limited');
        waits.push(retryAfter(res));
        // The attacker waits exactly as long as told, then guesses again (not after the last one).
        if (i < 99) advance(retryAfter(res));
      }
    }
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(waits[0]).toBe(1);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1] as number);
    expect(new Set(waits).size).toBeGreaterThanOrEqual(10);
    expect(waits.at(-1)).toBe(defaultBrakeOptions.rules.account_ip.capMs / 1000);
    // Never a hard lock: the attacker is still refused at once, and the owner from a new address gets in.
    expect((await login(attacker, email, PASSWORD)).statusCode).toBe(429);
    const mine = await login(freshIp(), email, PASSWORD);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().passwordChangeRequired).toBe(false);
  });

  it('slows 40 rotating addresses on one account, but not her at an address she signed in from', async () => {
    const { email, homeIp } = await owner();
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await login(freshIp(), email, `guess ${i}`)).statusCode);
    const free = defaultBrakeOptions.rules.account.free;
    expect(statuses.slice(0, free)).toEqual(Array(free).fill(401));
    expect(statuses.slice(free)).toEqual(Array(40 - free).fill(429));
    expect((await login(homeIp, email, PASSWORD)).statusCode).toBe(200);
    // A new address waits (a few seconds here), then gets in: slowed, never locked out.
    const elsewhere = freshIp();
    const waiting = await login(elsewhere, email, PASSWORD);
    expect(waiting.statusCode).toBe(429);
    advance(retryAfter(waiting));
    expect((await login(elsewhere, email, PASSWORD)).statusCode).toBe(200);
  });

  it('treats 60 parallel wrong guesses exactly as 60 in a row', async () => {
    const { email } = await owner();
    const ip = freshIp();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login(ip, email, `parallel guess ${i}`)),
    );
    const statuses = answers.map((r) => r.statusCode).sort();
    const free = defaultBrakeOptions.rules.account_ip.free;
    expect(statuses.filter((s) => s === 401)).toHaveLength(free);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - free);
  });

  it('counts 60 parallel attempts exactly 60 times', async () => {
    const rules = { free: 1000, capMs: 1000 };
    const generous = createBrake(t.database.db, clock, {
      ...defaultBrakeOptions,
      rules: { account_ip: rules, ip: rules, account: rules },
    });
    const keys = brakeKeys(`counted-${randomUUID()}@example.test`, freshIp());
    await Promise.all(Array.from({ length: 60 }, () => generous.check(keys)));
    for (const key of keys) {
      const [row] = await t.database.db.select().from(authBrake).where(eq(authBrake.key, key.hash));
      expect(row?.failures, key.kind).toBe(60);
    }
  });

  it('answers an unknown email exactly like a wrong password, in message, brake and time', async () => {
    const { email } = await owner();
    const unknown = `nobody-${randomUUID()}@example.test`;
    const [ipKnown, ipUnknown] = [freshIp(), freshIp()];
    const timings = { known: [] as number[], unknown: [] as number[] };
    const bodies = new Set<string>();
    for (let i = 0; i < 7; i++) {
      for (const [who, mail, ip] of [
        ['known', email, ipKnown],
        ['unknown', unknown, ipUnknown],
      ] as const) {
        const started = performance.now();
        const res = await login(ip, mail, 'not the password at all');
        timings[who].push(performance.now() - started);
        bodies.add(`${res.statusCode} ${res.headers['retry-after'] ?? ''} ${res.body}`);
      }
    }
    // Both answered the same seven times: 5 × 401, then 429 with the same wait.
    expect(bodies.size).toBe(2);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const ratio = median(timings.known.slice(0, 5)) / median(timings.unknown.slice(0, 5));
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('forgets an address after a day without failures', async () => {
    const { email } = await owner();
    const ip = freshIp();
    for (let i = 0; i < 6; i++) await login(ip, email, `old guess ${i}`);
    expect((await login(ip, email, PASSWORD)).statusCode).toBe(429);
    advance(defaultBrakeOptions.forgetAfterMs / 1000 + 1);
    expect((await login(ip, email, 'one more wrong')).statusCode).toBe(401);
    expect((await login(ip, email, PASSWORD)).statusCode).toBe(200);
  });
});
