import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  casing: 'snake_case',
  // The tables: the shared ones in db/schema, and each feature's own `table.ts`.
  schema: ['./src/db/schema/index.ts', './src/*/table.ts'],
  out: './drizzle',
});
