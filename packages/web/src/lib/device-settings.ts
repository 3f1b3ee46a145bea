/**
 * This device's own small settings in localStorage: theme, language, voice cues, a dismissed hint, a "later"
 * on a card. Never her health data (that lives in Dexie, `offline/`); the keys start with `spinekind.` so a
 * sign-out can find them (`lib/signed-out.ts` keeps only the device's theme and language).
 *
 * Storage may be off (private mode, a full or blocked disk). Then a setting reads as not set and a change
 * lasts until the page is opened again; the first failure is logged once, so a "my theme doesn't stick"
 * report can be traced, and nothing else is lost.
 */
let warned = false;

function unavailable(err: unknown): void {
  if (warned) return;
  warned = true;
  console.warn('Device storage is unavailable: settings on this device last for this visit only.', err);
}

/** The setting under `key`, or null when it was never set (or storage is off). */
export function readSetting(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch (err) {
    unavailable(err);
    return null;
  }
}

/** Remembers `value` under `key`; null forgets it. */
export function writeSetting(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch (err) {
    unavailable(err);
  }
}
