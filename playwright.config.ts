import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { invitePort, mainPort as port, smtpPort } from './e2e/servers';

const started = Date.now();
const dataDir = `.tmp/e2e-data-${started}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two on a 2-core box (the server and Chromium need the rest); more where there are cores to spare.
  workers: Math.max(2, Math.min(4, Math.floor(availableParallelism() / 2))),
  // On CI a test that fails once is run once more and reported as flaky (the list shows it), so a rare
  // hiccup of a loaded machine doesn't fail the build; one that fails twice fails it. Locally: no retries.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The app follows the browser's language and region (units, formats): tests read British English
    // unless a test asks for another (e2e/languages.spec.ts).
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Chromium 150 gives each navigation a new document host (RenderDocument), and Playwright's
        // offline emulation then no longer reaches navigator.onLine after a reload: the page believes
        // it is online while every request fails. Without it, setOffline holds across navigations.
        '--disable-features=RenderDocument',
      ],
    },
    trace: 'off',
  },
  // Started one after the other, so only the first may build (scripts/start.mjs builds what is stale).
  webServer: [
    {
      command: 'node scripts/start.mjs',
      url: `http://127.0.0.1:${port}/health`,
      reuseExistingServer: false,
      timeout: 240_000,
      env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    },
    {
      // e2e/servers.ts: invites and reset mails (invites.spec.ts).
      command: 'node scripts/start.mjs',
      url: `http://127.0.0.1:${invitePort}/health`,
      reuseExistingServer: false,
      timeout: 240_000,
      env: {
        PORT: String(invitePort),
        HOST: '127.0.0.1',
        DATA_DIR: `.tmp/e2e-invite-data-${started}`,
        LOG_LEVEL: 'warn',
        SIGNUP: 'invite',
        PUBLIC_URL: `http://127.0.0.1:${invitePort}`,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        SMTP_FROM: 'Spinekind <spinekind@example.test>',
        PUSH_JOB_INTERVAL_MS: '0',
      },
    },
  ],
});
