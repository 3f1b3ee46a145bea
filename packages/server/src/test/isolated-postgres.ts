import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrationsFolder } from '../db/client.js';

/**
 * A private schema in the test PostgreSQL with every migration applied, for tests that start whole
 * server processes whose background jobs must not touch other test files' users. The returned URL
 * sets `search_path` to it; `drop` removes it.
 */
export async function isolatedPostgresSchema(url: string) {
  const schema = `it_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema ${schema}`);
    await client.query(`set search_path to ${schema}`);
    for (const file of readdirSync(migrationsFolder)
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      const text = readFileSync(join(migrationsFolder, file), 'utf8').replaceAll('"public".', `"${schema}".`);
      for (const statement of text.split('--> statement-breakpoint')) {
        if (statement.trim()) await client.query(statement);
      }
    }
  } finally {
    await client.end();
  }
  const isolated = new URL(url);
  isolated.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: isolated.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
