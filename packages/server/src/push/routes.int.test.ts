import { PUSH_SUBSCRIPTIONS_MAX } from '@spinekind/core';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';
import { makeDevice, makeTestCertificate, notificationsOf, startFakePushService } from '../test/fake-push.js';
import { pushSubscriptions } from './table.js';

const tls = makeTestCertificate();
const service = await startFakePushService(tls);
let now = new Date('2026-03-02T10:00:00Z');
const t = await makeTestApp({
  clock: () => now,
  push: { subject: 'mailto:test@example.org', endpointHosts: [new URL(service.url).host], agent: tls.agent },
});
afterAll(async () => {
  await service.close();
  tls.cleanup();
});

describe('push subscriptions', () => {
  it('gives the public VAPID key to a signed-in user only', async () => {
    const u = await t.newUser();
    const res = await u.call('GET', '/api/v1/push/key');
    expect(res.status).toBe(200);
    // An uncompressed P-256 public key: 65 bytes, 87 base64url characters.
    expect(res.json.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/push/key' })).statusCode).toBe(401);
  });

  it('stores a subscription once per endpoint: 201, then 200 with the same id and new keys', async () => {
    const u = await t.newUser();
    const device = makeDevice(service.url);
    const first = await u.call('POST', '/api/v1/push/subscriptions', device.subscription);
    expect(first.status).toBe(201);
    expect(first.json.subscription).toMatchObject({ createdAt: now.toISOString(), lastSentAt: null });
    const renewed = { ...device.subscription, keys: makeDevice(service.url).subscription.keys };
    const again = await u.call('POST', '/api/v1/push/subscriptions', renewed);
    expect(again.status).toBe(200);
    expect(again.json.subscription.id).toBe(first.json.subscription.id);
    const list = await u.call('GET', '/api/v1/push/subscriptions');
    expect(list.json.items).toEqual([first.json.subscription]);
    expect(JSON.stringify(list.json)).not.toContain(device.endpoint);
  });

  it('rejects unknown fields, http endpoints, other hosts and keys of the wrong size', async () => {
    const u = await t.newUser();
    const { subscription } = makeDevice(service.url);
    const bad = [
      { ...subscription, extra: 1 },
      { ...subscription, keys: { ...subscription.keys, extra: 'x' } },
      { ...subscription, endpoint: subscription.endpoint.replace('https:', 'http:') },
      { ...subscription, endpoint: 'https://169.254.169.254/latest/meta-data' },
      { ...subscription, keys: { ...subscription.keys, auth: 'c2hvcnQ' } },
      { ...subscription, keys: { ...subscription.keys, p256dh: 'not base64!' } },
      { endpoint: subscription.endpoint },
    ];
    for (const body of bad) {
      const res = await u.call('POST', '/api/v1/push/subscriptions', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
    }
    expect((await u.call('GET', '/api/v1/push/subscriptions')).json.items).toEqual([]);
  });

  it('removes a subscription by endpoint or by id, and only the owner can', async () => {
    const owner = await t.newUser();
    const other = await t.newUser();
    const [a, b] = [makeDevice(service.url), makeDevice(service.url)];
    await owner.call('POST', '/api/v1/push/subscriptions', a.subscription);
    const { id } = (await owner.call('POST', '/api/v1/push/subscriptions', b.subscription)).json.subscription;
    expect((await other.call('GET', '/api/v1/push/subscriptions')).json.items).toEqual([]);
    expect((await other.call('DELETE', '/api/v1/push/subscriptions', { endpoint: a.endpoint })).status).toBe(
      404,
    );
    expect((await other.call('DELETE', `/api/v1/push/subscriptions/${id}`)).status).toBe(404);
    expect((await owner.call('DELETE', '/api/v1/push/subscriptions', { endpoint: a.endpoint })).status).toBe(
      204,
    );
    expect((await owner.call('DELETE', `/api/v1/push/subscriptions/${id}`)).status).toBe(204);
    expect((await owner.call('DELETE', `/api/v1/push/subscriptions/${id}`)).status).toBe(404);
    expect((await owner.call('DELETE', '/api/v1/push/subscriptions/not-a-uuid')).status).toBe(404);
    expect((await owner.call('GET', '/api/v1/push/subscriptions')).json.items).toEqual([]);
  });

  it('moves a browser to the account that subscribes from it last', async () => {
    const first = await t.newUser();
    const second = await t.newUser();
    const device = makeDevice(service.url);
    await first.call('POST', '/api/v1/push/subscriptions', device.subscription);
    expect((await second.call('POST', '/api/v1/push/subscriptions', device.subscription)).status).toBe(201);
    expect((await first.call('GET', '/api/v1/push/subscriptions')).json.items).toEqual([]);
    expect((await second.call('GET', '/api/v1/push/subscriptions')).json.items).toHaveLength(1);
  });

  it('sends a test notification to each of her devices and forgets the ones that are gone', async () => {
    const u = await t.newUser();
    const [kept, gone] = [makeDevice(service.url), makeDevice(service.url)];
    service.respond(gone.path, 410);
    for (const d of [kept, gone]) await u.call('POST', '/api/v1/push/subscriptions', d.subscription);
    const res = await u.call('POST', '/api/v1/push/test');
    expect(res.json).toEqual({ devices: 2, delivered: 1, removed: 1 });
    expect(notificationsOf(service, kept)).toEqual([
      expect.objectContaining({ title: 'Test reminder', url: '/breaks', tag: `test-${now.toISOString()}` }),
    ]);
    const [item] = (await u.call('GET', '/api/v1/push/subscriptions')).json.items;
    expect(item.lastSentAt).toBe(now.toISOString());
  });

  it('refuses an endpoint on a port other than the one its host is allowed on', async () => {
    const u = await t.newUser();
    const { subscription } = makeDevice(service.url);
    for (const endpoint of [
      subscription.endpoint.replace(/:\d+\//, ':9/'),
      subscription.endpoint.replace(/:\d+\//, '/'),
    ]) {
      const res = await u.call('POST', '/api/v1/push/subscriptions', { ...subscription, endpoint });
      expect(res.status, endpoint).toBe(400);
      expect(res.json.error).toMatchObject({
        code: 'validation_failed',
        details: [{ path: 'endpoint', message: 'The endpoint must use the default https port (443).' }],
      });
    }
    expect((await u.call('GET', '/api/v1/push/subscriptions')).json.items).toEqual([]);
  });

  it(`keeps ${PUSH_SUBSCRIPTIONS_MAX} devices: a new one replaces the least recently used`, async () => {
    const u = await t.newUser();
    const start = now;
    const devices = Array.from({ length: PUSH_SUBSCRIPTIONS_MAX }, () => makeDevice(service.url));
    const ids: string[] = [];
    for (const [i, d] of devices.entries()) {
      now = new Date(start.getTime() + i * 60_000);
      ids.push((await u.call('POST', '/api/v1/push/subscriptions', d.subscription)).json.subscription.id);
    }
    // The oldest subscription was used a moment ago; the second oldest is now the least recently used.
    await t.database.db
      .update(pushSubscriptions)
      .set({ lastSentAt: now })
      .where(eq(pushSubscriptions.id, ids[0] as string));
    now = new Date(now.getTime() + 60_000);
    const extra = await u.call('POST', '/api/v1/push/subscriptions', makeDevice(service.url).subscription);
    expect(extra.status).toBe(201);
    const left = (await u.call('GET', '/api/v1/push/subscriptions')).json.items.map(
      (i: { id: string }) => i.id,
    );
    expect(left).toHaveLength(PUSH_SUBSCRIPTIONS_MAX);
    expect(left).toContain(ids[0]);
    expect(left).not.toContain(ids[1]);
    expect(left).toContain(extra.json.subscription.id);
    now = start;
  });
});
