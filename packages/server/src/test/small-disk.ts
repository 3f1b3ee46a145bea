import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small real filesystem for disk-full tests: a tmpfs of `bytes`, mounted under the OS temp folder
 * (needs root, as in CI and on this machine). `unmount()` removes it; a `ballast` file takes up space
 * so a test can fill the disk to the byte and free it again.
 */
export interface SmallDisk {
  path: string;
  freeBytes(): number;
  /** Makes the ballast file so large that `leaveFree` bytes remain free (0 removes it). */
  leaveFree(leaveFree: number): void;
  unmount(): void;
}

/** Mounts a tmpfs, or returns why it can't (not root, no CAP_SYS_ADMIN). */
export function mountSmallDisk(bytes: number): SmallDisk | string {
  const path = join(tmpdir(), `spinekind-small-disk-${randomUUID().slice(0, 8)}`);
  mkdirSync(path, { mode: 0o700 });
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', path], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    rmSync(path, { recursive: true, force: true });
    return `mount -t tmpfs failed: ${run.stderr || run.error?.message}`;
  }
  const ballast = join(path, 'ballast');
  const freeBytes = () => {
    const fs = statfsSync(path);
    return fs.bavail * fs.bsize;
  };
  return {
    path,
    freeBytes,
    leaveFree(leaveFree) {
      rmSync(ballast, { force: true });
      const size = freeBytes() - leaveFree;
      if (leaveFree > 0 && size > 0) writeFileSync(ballast, Buffer.alloc(size));
    },
    unmount() {
      const done = spawnSync('umount', [path]);
      if (done.status !== 0) spawnSync('umount', ['-l', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}
