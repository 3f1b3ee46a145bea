import { checklistItems } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';
import { askIn } from '../test/ask-in.js';

let now = new Date('2026-03-02T20:00:00Z');
const t = await makeTestApp({ clock: () => now });

describe('setup checklists', () => {
  it('lists every sleep and travel item, none ticked at first', async () => {
    const u = await t.newUser();
    const { items } = (await u.call('GET', '/api/v1/checklists')).json;
    expect(items).toHaveLength(checklistItems.length);
    expect(items[0]).toMatchObject({ checklist: 'sleep', ticked: false, tickedAt: null });
    expect(items.find((i: { id: string }) => i.id === 'sleep-wind-down')).toMatchObject({
      routineId: 'evening-wind-down-10',
      lessonId: 'tension-and-mindfulness',
    });
    // A lesson where one fits, else null (never missing).
    expect(items.find((i: { id: string }) => i.id === 'travel-backpack-both-straps').lessonId).toBeNull();
    expect(new Set(items.map((i: { checklist: string }) => i.checklist))).toEqual(
      new Set(['sleep', 'travel']),
    );
  });

  it('answers the tips in her language (Accept-Language), ticks and all', async () => {
    const u = await t.newUser();
    const de = await askIn(t, u, 'de-DE', 'GET', '/api/v1/checklists');
    expect(de.status).toBe(200);
    const aisle = de.json.items.find((i: { id: string }) => i.id === 'travel-flight-aisle-seat');
    expect(aisle).toMatchObject({ text: 'Wähl beim Fliegen einen Platz am Gang.', ticked: false });
    const ticked = await askIn(t, u, 'es', 'PUT', '/api/v1/checklists/travel-flight-aisle-seat', {
      ticked: true,
    });
    expect(ticked.json.item).toMatchObject({ text: 'Elige asiento de pasillo cuando vueles.', ticked: true });
  });

  it('ticks an item, keeps the first tick time, and unticks it', async () => {
    const u = await t.newUser();
    const first = await u.call('PUT', '/api/v1/checklists/travel-flight-aisle-seat', { ticked: true });
    expect(first.status).toBe(200);
    expect(first.json.item).toMatchObject({
      id: 'travel-flight-aisle-seat',
      ticked: true,
      tickedAt: now.toISOString(),
    });
    const ticked = now.toISOString();
    now = new Date('2026-03-03T08:00:00Z');
    const again = await u.call('PUT', '/api/v1/checklists/travel-flight-aisle-seat', { ticked: true });
    expect(again.json.item.tickedAt).toBe(ticked);
    const list = (await u.call('GET', '/api/v1/checklists')).json.items;
    expect(list.filter((i: { ticked: boolean }) => i.ticked).map((i: { id: string }) => i.id)).toEqual([
      'travel-flight-aisle-seat',
    ]);
    const off = await u.call('PUT', '/api/v1/checklists/travel-flight-aisle-seat', { ticked: false });
    expect(off.json.item).toMatchObject({ ticked: false, tickedAt: null });
    expect(
      (await u.call('PUT', '/api/v1/checklists/travel-flight-aisle-seat', { ticked: false })).status,
    ).toBe(200);
  });

  it('rejects unknown items and bodies that are not {ticked: boolean}', async () => {
    const u = await t.newUser();
    expect((await u.call('PUT', '/api/v1/checklists/sleep-on-the-floor', { ticked: true })).status).toBe(404);
    for (const body of [{}, { ticked: 'yes' }, { ticked: true, note: 'x' }]) {
      const res = await u.call('PUT', '/api/v1/checklists/sleep-position', body);
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
    }
  });

  it("keeps each user's ticks to herself", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    await a.call('PUT', '/api/v1/checklists/sleep-position', { ticked: true });
    const bItems = (await b.call('GET', '/api/v1/checklists')).json.items;
    expect(bItems.some((i: { ticked: boolean }) => i.ticked)).toBe(false);
    await b.call('PUT', '/api/v1/checklists/sleep-position', { ticked: false });
    const aItems = (await a.call('GET', '/api/v1/checklists')).json.items;
    expect(aItems.find((i: { id: string }) => i.id === 'sleep-position').ticked).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/checklists' })).statusCode).toBe(401);
  });

  it('travels with the JSON backup', async () => {
    const a = await t.newUser();
    await a.call('PUT', '/api/v1/checklists/sleep-back-knee-pillow', { ticked: true });
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    expect(backup.checklistTicks).toEqual([
      { itemId: 'sleep-back-knee-pillow', tickedAt: now.toISOString() },
    ]);
    const b = await t.newUser();
    const withRetired = {
      ...backup,
      checklistTicks: [...backup.checklistTicks, { itemId: 'retired-item', tickedAt: now.toISOString() }],
    };
    const res = await b.call('POST', '/api/v1/import', withRetired);
    expect(res.status).toBe(200);
    expect(res.json.imported.checklistTicks).toBe(1);
    const items = (await b.call('GET', '/api/v1/checklists')).json.items;
    expect(items.find((i: { id: string }) => i.id === 'sleep-back-knee-pillow')).toMatchObject({
      ticked: true,
      tickedAt: now.toISOString(),
    });
  });
});
