/**
 * Her choice of colours on this device: the system's, or always light or dark. Applied as
 * `data-theme` on <html> (styles.css); public/theme.js sets it before the app runs, from the same key.
 */
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const THEME_KEY = 'spinekind.theme';

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Applies a theme at once and remembers it on this device ("system" forgets the choice). */
export function chooseTheme(theme: Theme): void {
  const root = document.documentElement;
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Without storage the choice lasts until the page is opened again.
  }
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
