// Issue #23 point 4: the first load on a mid-range phone. The built app (the real server, PGlite, a user
// with 30 days of check-ins: scripts/audit-server.mjs) in Chromium, throttled through the DevTools
// protocol to a 4× slower CPU and a 1.6 Mbps / 150 ms RTT network, every visit a first visit on a new
// device (a fresh browser context). Prints the median of `BENCH_FIRST_LOAD_RUNS` (default 3) visits:
// Today's largest contentful paint against its 2.5 s budget, and the JavaScript `/signin` downloads
// before it is interactive against its 100 KB budget; `/signin`'s own LCP is printed beside Today's as the
// baseline of the same run (a machine's load moves both).
import { chromium } from '@playwright/test';
import { seedUser, startServer } from '../scripts/audit-server.mjs';

const runs = Math.max(1, Number(process.env.BENCH_FIRST_LOAD_RUNS ?? 3));
export const LCP_BUDGET_MS = 2500;
export const SIGNIN_JS_BUDGET_KB = 100;
const network = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** One throttled first visit of `path`: its LCP, and the bytes of JavaScript that arrived before it settled. */
async function visit(browser, base, path, cookie) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  if (cookie) {
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, url: base }]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Bytes of each script's body on the wire (compressed, as sent; its headers left out).
  const headers = new Map();
  const scripts = new Map();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') headers.set(e.requestId, e.response.encodedDataLength);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (headers.has(e.requestId)) scripts.set(e.requestId, e.encodedDataLength - headers.get(e.requestId));
  });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(base + path, { waitUntil: 'networkidle', timeout: 120_000 });
  // LCP is final at the first input; a click on the page's margin ends it without changing anything.
  await page.mouse.click(2, 400);
  const lcp = await page.evaluate(() => window.__lcp);
  const jsKb = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
  await context.close();
  return { lcp, jsKb, scripts: scripts.size };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchFirstLoad() {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  try {
    const cookie = await seedUser(server.base);
    const result = {};
    for (const [name, path, who] of [
      ['signin', '/signin', undefined],
      ['today', '/', cookie],
    ]) {
      const visits = [];
      for (let i = 0; i < runs; i++) visits.push(await visit(browser, server.base, path, who));
      result[name] = {
        lcp: median(visits.map((v) => v.lcp)),
        jsKb: median(visits.map((v) => v.jsKb)),
        scripts: median(visits.map((v) => v.scripts)),
        visits,
      };
    }
    return result;
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function printFirstLoad({ signin, today }) {
  const ok = (met) => (met ? 'met' : 'NOT met');
  console.log(
    `\nFirst visit at 4× CPU, 1.6 Mbps / 150 ms RTT, 390 px (median of ${runs}):\n` +
      '| page | LCP ms | JS KB on the wire | scripts |\n|---|---|---|---|\n' +
      `| /signin (baseline) | ${signin.lcp.toFixed(0)} | ${signin.jsKb.toFixed(1)} | ${signin.scripts} |\n` +
      `| Today | ${today.lcp.toFixed(0)} | ${today.jsKb.toFixed(1)} | ${today.scripts} |\n` +
      `Today LCP ${today.lcp.toFixed(0)} ms (${(today.lcp / signin.lcp).toFixed(2)}× /signin): budget ${LCP_BUDGET_MS} ms ${ok(today.lcp <= LCP_BUDGET_MS)}; ` +
      `/signin JS ${signin.jsKb.toFixed(1)} KB: budget ${SIGNIN_JS_BUDGET_KB} KB ${ok(signin.jsKb <= SIGNIN_JS_BUDGET_KB)}.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printFirstLoad(await benchFirstLoad());
