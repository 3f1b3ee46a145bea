import { describe, expect, it } from 'vitest';
import { zodConfig } from './zod-config';

describe('zod configured before it loads', () => {
  it('zod reads the jitless flag and a locale set here, and keeps that locale over its English default', async () => {
    const { default: german } = await import('zod/v4/locales/de.js');
    zodConfig({ jitless: true, localeError: german().localeError });
    // zod itself arrives later (here: imported only now, as a form chunk would bring it).
    const { config, z } = await import('zod');
    expect(config().jitless).toBe(true);
    expect(z.strictObject({ n: z.number() }).safeParse({ n: 'x' }).error?.issues[0]?.message).toMatch(
      /^Ungültige Eingabe/,
    );
    const { default: english } = await import('zod/v4/locales/en.js');
    zodConfig(english());
    expect(z.number().safeParse('x').error?.issues[0]?.message).toMatch(/^Invalid input/);
    expect(config().jitless).toBe(true);
  });
});
