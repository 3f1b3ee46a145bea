import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const module = fileURLToPath(new URL('./server-env.mjs', import.meta.url));
/** Runs a Node that calls reexecWithServerEnv() and prints the variable, its pid before and after. */
function run(env) {
  const script = `const before = process.env.BEFORE ?? String(process.pid);
const { reexecWithServerEnv } = await import(${JSON.stringify(module)});
process.env.BEFORE = before;
reexecWithServerEnv();
console.log(JSON.stringify({ value: process.env.MALLOC_MMAP_THRESHOLD_ ?? null, same: process.env.BEFORE === String(process.pid) }));`;
  const env2 = { ...process.env, ...env };
  delete env2.BEFORE;
  if (!('MALLOC_MMAP_THRESHOLD_' in env)) delete env2.MALLOC_MMAP_THRESHOLD_;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: env2,
    encoding: 'utf8',
  });
  expect(res.status, res.stderr).toBe(0);
  return JSON.parse(res.stdout.trim());
}
const canReexec = process.platform === 'linux' && typeof process.execve === 'function';

describe('npm start: the server process environment', () => {
  it('starts itself again in place with the glibc threshold where it can, and as it is elsewhere', () => {
    // `same`: the process that prints is the one that started (execve keeps the pid).
    expect(run({})).toEqual({ value: canReexec ? '131072' : null, same: true });
  });

  it("keeps the operator's own value", () => {
    expect(run({ MALLOC_MMAP_THRESHOLD_: '65536' })).toEqual({ value: '65536', same: true });
  });
});
