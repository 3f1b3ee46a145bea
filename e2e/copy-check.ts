import type { Page } from '@playwright/test';

// Feature copy loads with its routes (packages/web/src/i18n/lazy.ts). These checks find text that
// shows as a raw key like `move.title`, and the safety net's console lines when a bundle came late.

/** Texts and labels on the page that look like a copy key rather than words. */
export function rawKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const key = /^[a-z][a-zA-Z]*(\.[a-zA-Z0-9_-]+)+$/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      if (key.test(text)) found.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label],[placeholder],[title],[alt]'))
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
        const v = el.getAttribute(a)?.trim();
        if (v && key.test(v)) found.push(`${a}=${v}`);
      }
    return found;
  });
}

/** Console lines from the copy safety net (i18n/lazy.ts): a key whose bundle no route asked for. */
export function copyErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Missing copy|Copy loaded late/.test(m.text())) errors.push(m.text());
  });
  return errors;
}
