// Her colour choice (Profile → Appearance), applied before the app's code arrives, so the page does not
// open in the other theme first. A file, not an inline script: the CSP allows only our own scripts.
// The key and values are the ones features/profile/theme.ts writes.
try {
  const theme = localStorage.getItem('spinekind.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No storage (a private window that refuses it): the system's colours.
}
