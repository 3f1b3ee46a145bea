import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const core = (file: string) => fileURLToPath(new URL(`./packages/core/src/${file}`, import.meta.url));
const alias = [
  { find: /^@spinekind\/core$/, replacement: core('index.ts') },
  { find: /^@spinekind\/core\/auth$/, replacement: core('auth/schema.ts') },
  { find: /^@spinekind\/core\/body-areas$/, replacement: core('checkins/body-areas.ts') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'scripts/*.test.mjs'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['packages/server/src/**/*.int.test.ts'],
          globalSetup: ['packages/server/src/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
