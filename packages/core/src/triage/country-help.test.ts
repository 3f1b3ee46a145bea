import { describe, expect, it } from 'vitest';
import { countryHelpFor, crisisLines, dialable, helpCountries, urgentCareRoutes } from './country-help.js';

const required = 'GB IE US CA AU NZ DE AT CH ES MX AR FR IT NL'.split(' ');
const isUrl = (url: string) => /^https?:\/\/[\w.-]+\.[a-z]{2,}(\/|$)/.test(url);

describe('where to go and crisis lines, per country', () => {
  it('covers every listed country with both an urgent-care route and a crisis line', () => {
    for (const country of required) {
      expect(helpCountries, country).toContain(country);
      expect(urgentCareRoutes[country]?.services.length, country).toBeGreaterThan(0);
      expect(crisisLines[country]?.length, country).toBeGreaterThan(0);
    }
  });

  it('gives every route and every line a source: an organisation and a URL', () => {
    for (const [country, route] of Object.entries(urgentCareRoutes)) {
      expect(route.source.organisation.trim(), country).not.toBe('');
      expect(isUrl(route.source.url), `${country} ${route.source.url}`).toBe(true);
    }
    for (const [country, lines] of Object.entries(crisisLines)) {
      for (const line of lines) {
        expect(line.source.organisation.trim(), country).not.toBe('');
        expect(isUrl(line.source.url), `${country} ${line.source.url}`).toBe(true);
      }
    }
  });

  it('says when each line is answered: always, or its hours', () => {
    for (const [country, lines] of Object.entries(crisisLines)) {
      for (const line of lines) {
        expect(line.alwaysOpen === true || (line.hours ?? '').trim() !== '', `${country} ${line.name}`).toBe(
          true,
        );
        expect(dialable(line), `${country} ${line.number}`).toMatch(/^\d{3,}$/);
      }
    }
  });

  it('keeps known numbers exact', () => {
    expect(crisisLines.GB?.[0]?.number).toBe('116 123');
    expect(crisisLines.US?.[0]?.number).toBe('988');
    expect(crisisLines.AT?.[0]?.number).toBe('142');
    expect(crisisLines.ES?.[0]?.number).toBe('024');
    expect(urgentCareRoutes.DE?.services.find((s) => s.number)?.number).toBe('116117');
    expect(urgentCareRoutes.AT?.services[0]?.number).toBe('1450');
    expect(dialable({ name: 'TelefonSeelsorge', number: '0800 111 0 111' })).toBe('08001110111');
  });
});

describe('countryHelpFor', () => {
  it('follows her country first, whatever her language', () => {
    expect(countryHelpFor('AT', 'en')?.country).toBe('AT');
    expect(countryHelpFor('mx', 'de')?.country).toBe('MX');
    expect(countryHelpFor(' us ', 'es')?.crisisLines[0]?.number).toBe('988');
  });

  it('falls back to the likely country of her language only when she set none', () => {
    expect(countryHelpFor(null, 'de')?.country).toBe('DE');
    expect(countryHelpFor(undefined, 'es')?.country).toBe('ES');
    expect(countryHelpFor('', 'en')?.country).toBe('GB');
  });

  it('gives nothing for a country she set that has no checked data, never another country', () => {
    expect(countryHelpFor('JP', 'de')).toBeUndefined();
    expect(countryHelpFor('constructor', 'en')).toBeUndefined();
  });
});
