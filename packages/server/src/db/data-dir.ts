import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

/**
 * Makes `DATA_DIR` the server's alone: created 0700, and every folder in it 0700 and every file 0600
 * (the embedded database, temporary uploads). Files made afterwards get these modes from the umask
 * (main.ts sets 077). Symbolic links are left alone. Answers how many entries had to be changed.
 */
export function secureDataDir(dir: string): number {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  let changed = 0;
  const fix = (path: string, mode: number) => {
    if ((lstatSync(path).mode & 0o777) === mode) return;
    chmodSync(path, mode);
    changed++;
  };
  const walk = (path: string) => {
    fix(path, DIR_MODE);
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) fix(child, FILE_MODE);
    }
  };
  walk(dir);
  return changed;
}
