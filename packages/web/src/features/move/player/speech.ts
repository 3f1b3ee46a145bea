import { readSetting, writeSetting } from '../../../lib/device-settings';

/** Spoken cues through the Web Speech API; the on/off choice is remembered on this device. */
const KEY = 'spinekind.voiceCues';

export const voiceCuesOn = (): boolean => readSetting(KEY) !== 'off';

export function setVoiceCues(on: boolean): void {
  writeSetting(KEY, on ? 'on' : 'off');
  if (!on) hush();
}

const synth = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

/** Whether this browser can speak at all (the toggle is hidden when it cannot). */
export const canSpeak = (): boolean => synth() !== undefined;

/**
 * The voice to speak `lang` ('de') with: the browser's default voice when it speaks that language,
 * else one on this device (works offline), else any; `undefined` when none speaks it, so the browser
 * chooses by `utterance.lang` (never an English voice reading German words).
 */
export function voiceFor(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const language = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const speaking = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === language);
  return speaking.find((v) => v.default) ?? speaking.find((v) => v.localService) ?? speaking[0];
}

/** Says one short line in her language, replacing anything still being said so cues never pile up. */
export function speak(text: string, lang: string): void {
  const s = synth();
  if (!s || !voiceCuesOn()) return;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  const voice = voiceFor(s.getVoices(), lang);
  if (voice) utterance.voice = voice;
  utterance.rate = 0.95;
  s.speak(utterance);
}

export function hush(): void {
  synth()?.cancel();
}
