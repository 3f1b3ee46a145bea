import { describe, expect, it } from 'vitest';
import { voiceFor } from './speech';

const voice = (lang: string, more: Partial<SpeechSynthesisVoice> = {}) =>
  ({
    lang,
    name: `${lang} voice`,
    default: false,
    localService: false,
    voiceURI: lang,
    ...more,
  }) as SpeechSynthesisVoice;

describe('voiceFor', () => {
  it('picks a voice of her language, the default or an on-device one first', () => {
    const voices = [
      voice('en-GB', { default: true }),
      voice('de-AT'),
      voice('de-DE', { localService: true }),
    ];
    expect(voiceFor(voices, 'de')?.lang).toBe('de-DE');
    expect(voiceFor([...voices, voice('es_ES', { default: true })], 'es')?.lang).toBe('es_ES');
    expect(voiceFor(voices, 'en')?.lang).toBe('en-GB');
  });

  it('leaves the choice to the browser when no voice speaks her language', () => {
    expect(voiceFor([voice('en-US', { default: true })], 'es')).toBeUndefined();
    expect(voiceFor([], 'de')).toBeUndefined();
  });
});
