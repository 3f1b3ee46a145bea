/** Spoken cues through the Web Speech API; the on/off choice is remembered on this device. */
const KEY = 'spinekind.voiceCues';

export function voiceCuesOn(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setVoiceCues(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
  if (!on) hush();
}

const synth = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

/** Whether this browser can speak at all (the toggle is hidden when it cannot). */
export const canSpeak = (): boolean => synth() !== undefined;

/** Says one short line, replacing anything still being said so cues never pile up. */
export function speak(text: string, lang = 'en'): void {
  const s = synth();
  if (!s || !voiceCuesOn()) return;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.rate = 0.95;
  s.speak(utterance);
}

export function hush(): void {
  synth()?.cancel();
}
