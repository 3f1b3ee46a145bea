import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Who holds the embedded database: what the lock file says. */
export interface LockHolder {
  pid: number;
  host: string;
  /** `server` or an admin command's name. */
  what: string;
}

/** The embedded database is in use by another live process of this machine. */
export class DataDirBusy extends Error {
  constructor(readonly holder: LockHolder) {
    super(`DATA_DIR is in use by process ${holder.pid} (${holder.what})`);
    this.name = 'DataDirBusy';
  }
}

const LOCK_FILE = 'spinekind.lock';

function holderOf(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite takes no lock of its own, and two processes on one data folder would corrupt it: the server
 * and the admin commands each take this lock file (pid, host) first. A lock left by a process that is
 * gone (SIGKILL, power cut), by this very pid (a container restarted as pid 1) or by another host (a
 * copied folder) is taken over. Answers the release function.
 */
export function lockDataDir(dataDir: string, what: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), what };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return () => {
        if (holderOf(file)?.pid === me.pid) rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = holderOf(file);
      if (holder && holder.host === me.host && holder.pid !== me.pid && alive(holder.pid))
        throw new DataDirBusy(holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the lock file ${file}`);
}
