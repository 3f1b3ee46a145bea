import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import Beasties from 'beasties';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { screenChunks } from './screen-chunks';

const outDir = fileURLToPath(new URL('dist', import.meta.url));

/**
 * vite-plugin-pwa writes sw.js and workbox-*.js after the bundle is closed, where the compression
 * plugin no longer looks; the same brotli 11 / gzip 9 siblings for those, once they exist.
 */
function compressServiceWorker(): Plugin {
  return {
    name: 'spinekind:compress-service-worker',
    apply: 'build',
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const name of readdirSync(outDir).filter((f) => /^(sw|workbox-[\w-]+)\.js$/.test(f))) {
          const file = readFileSync(join(outDir, name));
          const quality = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY };
          writeFileSync(join(outDir, `${name}.br`), brotliCompressSync(file, { params: quality }));
          writeFileSync(join(outDir, `${name}.gz`), gzipSync(file, { level: 9 }));
        }
      },
    },
  };
}

/**
 * Inlines the CSS that the static first screen of index.html uses (the top bar), so it paints before
 * any stylesheet arrives; the full stylesheets still load (preloaded in <head>, applied from the end of
 * <body>, where the app's module script waits for them). The server allows exactly these inline blocks
 * by their hash (server/src/http/inline-styles.ts). Runs on the HTML before it is written, so the
 * compressed copies and the service worker's precache see the final page.
 */
function inlineCriticalCss(): Plugin {
  return {
    name: 'spinekind:critical-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        const assets = new Map(
          Object.values(bundle ?? {}).flatMap((a) =>
            a.type === 'asset' && a.fileName.endsWith('.css')
              ? [[join(outDir, a.fileName), String(a.source)]]
              : [],
          ),
        );
        const beasties = new Beasties({
          path: outDir,
          publicPath: '/',
          logLevel: 'warn',
          pruneSource: false,
          // Her chosen theme (public/theme.js sets data-theme) paints in the first screen too.
          allowRules: [/data-theme/],
        });
        beasties.readFile = (file: string) => {
          const css = assets.get(file);
          if (css === undefined) throw new Error(`critical CSS: ${file} is not in this build`);
          return css;
        };
        return beasties.process(html);
      },
    },
  };
}

/**
 * React Router 7 exports only its development build (remix-run/react-router#14102, open), whose dev-only
 * warnings stay in a production bundle (`ENABLE_DEV_WARNINGS = true`). The package ships the production
 * build beside it: the bundle takes that one. 1.3 KB brotli of the first load of every page.
 */
function productionRouter(): Plugin {
  const production = fileURLToPath(
    new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url),
  );
  return {
    name: 'spinekind:production-router',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === 'react-router' ? production : null),
  };
}

const chunks = screenChunks();

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@spinekind\/core$/,
        replacement: fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
      },
      // The sign-in form's rules alone, so the sign-in page does not download all of core.
      {
        find: /^@spinekind\/core\/auth$/,
        replacement: fileURLToPath(new URL('../core/src/auth/schema.ts', import.meta.url)),
      },
      // The password policy alone, for the strength meter of a new password.
      {
        find: /^@spinekind\/core\/password-policy$/,
        replacement: fileURLToPath(new URL('../core/src/auth/password-policy.ts', import.meta.url)),
      },
      // Our languages, for the language choice and the copy loader that come with every page.
      {
        find: /^@spinekind\/core\/locales$/,
        replacement: fileURLToPath(new URL('../core/src/i18n/locales.ts', import.meta.url)),
      },
      // The body areas' names, for the everyday copy that loads with every page.
      {
        find: /^@spinekind\/core\/body-areas$/,
        replacement: fileURLToPath(new URL('../core/src/checkins/body-areas.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: chunks.name, includeDependenciesRecursively: false }],
        },
      },
    },
  },
  plugins: [
    productionRouter(),
    react(),
    chunks.plugin,
    inlineCriticalCss(),
    VitePWA({
      registerType: 'autoUpdate',
      // A separate registerSW.js file (the CSP forbids inline script), deferred so it never holds up the
      // first paint; it registers the worker after the page's load event anyway.
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Spinekind',
        short_name: 'Spinekind',
        description: 'Understand and ease back pain in perimenopause and midlife.',
        theme_color: '#0b5f5c',
        background_color: '#f7f5f2',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // A share link's page is always asked of the server (it holds someone's diary for someone else).
        navigateFallbackDenylist: [/^\/api\//, /^\/health/, /^\/shared\//],
        // Break reminders: the push and notification-click handlers (public/push-sw.js).
        importScripts: ['push-sw.js'],
        cleanupOutdatedCaches: true,
        // Take control of the open page at once, so it works offline from the first visit.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    // .br and .gz beside every text file of the build (brotli 11, gzip 9: paid once, at build time);
    // @fastify/static serves them with `preCompressed` (server/src/http/web-app.ts).
    compression({
      include: /\.(html|css|js|mjs|json|svg|webmanifest|txt)$/,
      algorithms: ['brotliCompress', 'gzip'],
      logLevel: 'silent',
    }),
    compressServiceWorker(),
  ],
});
