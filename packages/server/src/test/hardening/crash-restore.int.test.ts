import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { crashSeed, killDelays, sleep } from '../crash.js';
import { freshDatabase } from '../fresh-database.js';
import { ensureServerBuilt, registerOn, type ServerProcess, startServerProcess } from '../server-process.js';
import { pgliteTemplateDir, testTarget, tmpRoot } from '../target.js';

// The crash loop, during a backup restore: she restores a backup of a few thousand check-ins over her
// diary (`POST /api/v1/import`), and the server process is SIGKILLed at seeded random points of it. After
// each restart her diary is exactly the old one or exactly the restored one, never a mix, and the
// diaries of the earlier rounds are still as they were left.
const target = testTarget();
const ROWS = Number(process.env.CRASH_RESTORE_ROWS ?? 1000);
const KILLS = Number(process.env.CRASH_ITERATIONS ?? 3);
const OLD = 20; // check-ins she has before the restore; the backup rewrites them and adds ROWS more
const seed = crashSeed();
const work = join(tmpRoot, `crash-restore-${randomUUID()}`);
const cleanups: (() => Promise<unknown> | unknown)[] = [() => rmSync(work, { recursive: true, force: true })];
let env: Record<string, string> = {};
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill();
  for (const clean of cleanups.reverse()) await clean();
});

beforeAll(async () => {
  ensureServerBuilt();
  if (target.kind === 'pglite') {
    cpSync(pgliteTemplateDir(), work, { recursive: true });
    env = { DATA_DIR: work };
  } else {
    const db = await freshDatabase(target.url, 'crash_restore');
    cleanups.push(db.drop);
    env = { DATABASE_URL: db.url };
  }
  env = { ...env, PUSH_JOB_INTERVAL_MS: '0', LOG_LEVEL: 'warn' };
}, 120_000);

const stamp = '2026-01-01T00:00:00.000Z';
function checkin(i: number, notes: string) {
  const day = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 7).toISOString();
  return { id: randomUUID(), recordedAt: day, pain: i % 11, notes, createdAt: stamp, updatedAt: stamp };
}
const backup = (checkins: unknown[]) => ({ format: 'spinekind-backup', version: 1, checkins });

type Call = Awaited<ReturnType<typeof registerOn>>;
interface Diary {
  call: Call;
  ids: string[];
  state?: 'old' | 'new';
}

/** Which whole diary she has: 'old', 'new', or a description of the mix that must never happen. */
async function stateOf(base: string, diary: Diary): Promise<string> {
  const res = await diary.call(base, 'GET', '/api/v1/export?format=json');
  expect(res.status).toBe(200);
  const rows = res.json.checkins as { id: string; notes: string }[];
  const notes = new Set(rows.map((r) => r.notes));
  if (rows.length === OLD && notes.size === 1 && notes.has('old')) return 'old';
  const all = new Set(rows.map((r) => r.id));
  if (
    rows.length === OLD + ROWS &&
    notes.size === 1 &&
    notes.has('new') &&
    diary.ids.every((id) => all.has(id))
  )
    return 'new';
  return `a mix: ${rows.length} check-ins, notes ${[...notes].join('/')}`;
}

/** A new person whose diary holds OLD check-ins, and the backup that rewrites them and adds ROWS more. */
async function diaryWithBackup(base: string) {
  const call = await registerOn(base);
  const old = Array.from({ length: OLD }, (_, i) => checkin(i, 'old'));
  expect((await call(base, 'POST', '/api/v1/import', backup(old))).status).toBe(200);
  const restored = [
    ...old.map((c) => ({ ...c, notes: 'new', pain: (c.pain + 1) % 11 })),
    ...Array.from({ length: ROWS }, (_, i) => checkin(OLD + i, 'new')),
  ];
  return { diary: { call, ids: restored.map((c) => c.id) } as Diary, body: backup(restored) };
}

it(`SIGKILL during a ${ROWS}-check-in restore (seed ${seed}) leaves her old diary or the restored one`, async () => {
  server = await startServerProcess(env);
  // An unharmed restore first: it must land whole, and it times the window the kills aim at.
  const first = await diaryWithBackup(server.url);
  const started = Date.now();
  expect((await first.diary.call(server.url, 'POST', '/api/v1/import', first.body)).status).toBe(200);
  const window = Date.now() - started;
  first.diary.state = 'new';
  expect(await stateOf(server.url, first.diary)).toBe('new');
  const diaries = [first.diary];

  const delays = killDelays(seed, KILLS, window);
  console.log(
    `crash-restore (${target.kind}, seed ${seed}): restore took ${window} ms; kill after ${delays.join(', ')} ms`,
  );
  for (const delay of delays) {
    const { diary, body } = await diaryWithBackup(server.url);
    diaries.push(diary);
    const request = diary.call(server.url, 'POST', '/api/v1/import', body).catch(() => undefined);
    await sleep(delay);
    await server.kill();
    const answered = await request; // cut off by the kill, or answered just before it
    server = await startServerProcess(env);
    const state = await stateOf(server.url, diary);
    if (answered?.status === 200) expect(state).toBe('new'); // an answered restore is kept
    expect(['old', 'new']).toContain(state);
    diary.state = state as 'old' | 'new';
  }
  console.log(
    `crash-restore (${target.kind}): after each kill: ${diaries
      .slice(1)
      .map((d) => d.state)
      .join(', ')}`,
  );
  // Every earlier diary is still exactly as its round left it.
  for (const diary of diaries) expect(await stateOf(server.url, diary)).toBe(diary.state);
}, 480_000);
