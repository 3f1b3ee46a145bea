// What the server process is started with besides its own flags (package.json's `start` sets the V8 ones).
// Dependency-free: `npm start` reads it before anything is installed.

/**
 * glibc's malloc keeps a freed large block in the heap once it has raised its mmap threshold, so the working
 * memory brotli and argon2 freed under load stays resident. A fixed threshold hands blocks of 128 KB and
 * more back to the system: idle memory 30–57 MB lower after the mixed load, no cost seen in req/s
 * (bench/README.md, "mixed"). Read by glibc when the process starts; ignored elsewhere.
 */
export const SERVER_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' };

/**
 * Starts this same command again, in place, with SERVER_ENV, when it is missing: on Linux, where glibc
 * reads it, and on a Node that can replace its own process (`process.execve`, Node 22.15+). Elsewhere
 * it returns and the server runs as it is.
 */
export function reexecWithServerEnv() {
  const missing = Object.keys(SERVER_ENV).some((k) => process.env[k] === undefined);
  if (!missing || process.platform !== 'linux' || typeof process.execve !== 'function') return;
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    ...SERVER_ENV,
    ...process.env,
  });
}
