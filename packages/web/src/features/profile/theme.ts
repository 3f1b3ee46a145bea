import { readSetting, writeSetting } from '../../lib/device-settings';

/**
 * Her choice of colours on this device: the system's, or always light or dark. Applied as
 * `data-theme` on <html> (styles.css); public/theme.js sets it before the app runs, from the same key.
 */
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const THEME_KEY = 'spinekind.theme';

export function storedTheme(): Theme {
  const value = readSetting(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Applies a theme at once and remembers it on this device ("system" forgets the choice). */
export function chooseTheme(theme: Theme): void {
  const root = document.documentElement;
  writeSetting(THEME_KEY, theme === 'system' ? null : theme);
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
