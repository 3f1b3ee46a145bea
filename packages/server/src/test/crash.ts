import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { migrationsFolder } from '../db/client.js';

// Shared by the crash loops (hardening/crash-*.int.test.ts): seeded kill points and old migration levels.

/** The run's seed: HARDENING_SEED replays a run, as for the fuzz suite. */
export function crashSeed(): number {
  return Number(process.env.HARDENING_SEED ?? Math.floor(Math.random() * 2 ** 31));
}

/** `count` kill delays in [0, maxMs] ms, drawn from `seed` (the same seed gives the same delays). */
export function killDelays(seed: number, count: number, maxMs: number): number[] {
  // noBias: uniform over the window (fast-check otherwise favours the ends, e.g. 0 and maxMs).
  return fc.sample(fc.noBias(fc.integer({ min: 0, max: Math.max(0, Math.round(maxMs)) })), {
    seed,
    numRuns: count,
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const journalOf = (folder: string) =>
  JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };

/** How many migrations the code carries. */
export const migrationCount = journalOf(migrationsFolder).entries.length;

/**
 * A copy of the migrations folder that stops after the first `level` migrations: migrating with it leaves a
 * database as an install of that age had it, for a newer server to upgrade.
 */
export function migrationsUpTo(level: number, dir: string): string {
  cpSync(migrationsFolder, dir, { recursive: true });
  const journal = journalOf(migrationsFolder);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  writeFileSync(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, level) }),
  );
  return dir;
}
