import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

// PGlite keeps no lock of its own: a second process opens the same data directory and both write to it,
// which corrupts it. So every process that opens `DATA_DIR` (the server, `admin dump`/`load`) holds
// `DATA_DIR/spinekind.lock` (its pid) while it does, and refuses to start while a live process holds it.
// A lock left by a killed process names a pid that is gone, and is taken over. Only pids are compared:
// the lock works among processes that see each other (one machine, or one container with `docker exec`).
export const LOCK_FILE = 'spinekind.lock';

const holderSchema = z.object({ pid: z.number().int(), host: z.string(), what: z.string() });
export type DataDirHolder = z.infer<typeof holderSchema>;

export class DataDirBusy extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: DataDirHolder,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by ${holder.what} (process ${holder.pid} on ${holder.host}). ` +
        'Stop it first (Ctrl-C, or your service manager), then try again.',
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): DataDirHolder | undefined {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // gone, or half-written by a process killed while writing it
  }
}

/**
 * Who holds `dataDir` now, if a live process does. A lock naming this very process is left over from an
 * earlier run that had the same pid (pid 1 in a restarted container), since a process claims only once.
 */
export function dataDirHolder(dataDir: string): DataDirHolder | undefined {
  const holder = readHolder(join(dataDir, LOCK_FILE));
  return holder && holder.pid !== process.pid && alive(holder.pid) ? holder : undefined;
}

/**
 * Takes `dataDir` for this process (`what` says who, e.g. "the server"); throws `DataDirBusy` while
 * another live process holds it. Answers the function that gives it back.
 */
export function claimDataDir(dataDir: string, what: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), what });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, mine);
      closeSync(fd);
      return () => {
        if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = dataDirHolder(dataDir);
      if (holder) throw new DataDirBusy(dataDir, holder);
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not take ${path}: another process keeps replacing it.`);
}
