import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What a backup file holds, told by its first bytes. */
export type BackupKind = 'pglite' | 'postgres' | 'unknown';

export function backupKind(file: string): BackupKind {
  const head = Buffer.alloc(512);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'pglite'; // gzip: PGlite's dumpDataDir
  if (read >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'pglite'; // the same, plain tar
  if (head.toString('latin1', 0, 5) === 'PGDMP') return 'postgres'; // pg_dump --format=custom
  return 'unknown';
}

/** The one file argument of `dump`/`load`, resolved against the folder she typed the command in. */
export function fileArgument(argv: string[], usage: string, typedIn: string): string {
  const files = argv.filter((a) => a !== '--');
  if (files.length !== 1 || files[0]?.startsWith('-')) throw new Error(`Usage: ${usage}`);
  return resolve(typedIn, files[0] as string);
}

export function requireFile(file: string): void {
  if (!existsSync(file)) throw new Error(`There is no file ${file}.`);
}

export function requireFolderOf(file: string): void {
  if (!existsSync(dirname(file))) throw new Error(`There is no folder ${dirname(file)} to write ${file} in.`);
}

/** A folder that is missing or holds nothing: the only kind a backup is loaded into. */
export function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * Writes `file` through `write(partial)` into `<file>.partial` first and renames it when complete, so
 * an interrupted dump never leaves a truncated file under the name a later `load` trusts.
 */
export async function writeAtomically(
  file: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await write(partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}
