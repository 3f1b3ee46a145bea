import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('deviceTimeZone', () => {
  it('answers the zone Intl resolves when the browser has no Temporal', async () => {
    vi.stubGlobal('Temporal', undefined);
    const { deviceTimeZone } = await import('./time-zone');
    expect(deviceTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('asks Temporal when the browser has it, on every call (a device that travels changes zone)', async () => {
    let zone = 'Europe/Berlin';
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => zone } });
    const { deviceTimeZone } = await import('./time-zone');
    expect(deviceTimeZone()).toBe('Europe/Berlin');
    zone = 'America/New_York';
    expect(deviceTimeZone()).toBe('America/New_York');
  });
});
