import { type Browser, type BrowserContext, test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test` from here: it fails a test when any page it opened — through the
 * `page`/`context` fixtures or its own `browser.newContext()` — reports a CSP violation, throws an
 * uncaught error or logs a console error, unless the message is one a page logs on purpose below.
 */
export { expect };

interface Problem {
  kind: 'csp violation' | 'uncaught error' | 'console error';
  text: string;
  /** The resource the message is about (a failed request's URL), else the page's. */
  url: string;
}

// The browser logs a failed request as a console error; these are answers the app expects and handles.
const expected: { why: string; matches: (p: Problem) => boolean }[] = [
  {
    why: 'signed out, the app asks GET /api/v1/me who is signed in; 401 is the answer "nobody" (auth/session.ts)',
    matches: (p) =>
      p.kind === 'console error' && /status of 401/.test(p.text) && p.url.endsWith('/api/v1/me'),
  },
  {
    why: 'only a test takes the browser offline (context.setOffline); the app is offline-first and handles the failed requests',
    matches: (p) => p.kind === 'console error' && /net::ERR_INTERNET_DISCONNECTED/.test(p.text),
  },
];

const CSP_TAG = '[securitypolicyviolation]';
const watched = new WeakSet<BrowserContext>();

async function watchContext(context: BrowserContext, problems: Problem[]): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  // Some violations (zod's caught `new Function` probe) print nothing of their own; the event always fires.
  await context.addInitScript((tag) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `${tag} ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  }, CSP_TAG);
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const url = message.location().url || message.page()?.url() || '';
    const kind = text.startsWith(CSP_TAG) ? 'csp violation' : 'console error';
    problems.push({ kind, text, url });
  });
  context.on('weberror', (error) => {
    problems.push({ kind: 'uncaught error', text: String(error.error()), url: error.page()?.url() ?? '' });
  });
}

export interface PageErrors {
  /** This test provokes messages matching `pattern` (tested on message and URL) on purpose; say why. */
  allow(why: string, pattern: RegExp): void;
}

interface Watch {
  problems: Problem[];
  /** Patterns the running test said it provokes (`pageErrors.allow`). */
  allowed: RegExp[];
}

export const test = base.extend<{ pageErrors: PageErrors; pageWatch: Watch }>({
  pageErrors: async ({ pageWatch }, use) => {
    await use({ allow: (_why, pattern) => void pageWatch.allowed.push(pattern) });
  },
  pageWatch: [
    async ({ browser }, use) => {
      const watch: Watch = { problems: [], allowed: [] };
      const newContext = browser.newContext;
      // `browser.newPage()` goes through `newContext()` too.
      browser.newContext = async function (this: Browser, ...args: Parameters<Browser['newContext']>) {
        const context = await newContext.apply(this, args);
        await watchContext(context, watch.problems);
        return context;
      };
      await use(watch);
      // Every fixture that depends on this one, the contexts included, is closed by now.
      browser.newContext = newContext;
      const unexpected = watch.problems.filter(
        (p) =>
          !expected.some((e) => e.matches(p)) && !watch.allowed.some((re) => re.test(`${p.text} ${p.url}`)),
      );
      expect(unexpected, 'pages reported CSP violations, uncaught errors or console errors').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, pageWatch }, use) => {
    await watchContext(context, pageWatch.problems);
    await use(context);
  },
});
