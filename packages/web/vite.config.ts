import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

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

export default defineConfig({
  resolve: {
    alias: { '@spinekind/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  build: { outDir, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 300 },
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      // A separate registerSW.js file: the CSP forbids inline script.
      injectRegister: 'script',
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
        navigateFallbackDenylist: [/^\/api\//, /^\/health/],
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
