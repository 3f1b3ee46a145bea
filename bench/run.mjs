// `npm run bench`: builds what is stale, then runs every benchmark and prints ratios against
// baselines measured in the same run (absolute numbers on a shared 2-core machine mislead).
import { spawnSync } from 'node:child_process';
import { buildIfStale, ensureInstalled, root } from '../scripts/lib.mjs';
import { printTable } from './lib.mjs';

ensureInstalled();
buildIfStale();
const { benchCheckins } = await import('./checkins.mjs');

const rows = await benchCheckins('pglite');
if (process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL_TEST)
  rows.push(...(await benchCheckins('postgres')));
else console.log('\n!!! PostgreSQL skipped: set DATABASE_URL_BENCH (or DATABASE_URL_TEST) to include it.');
printTable(rows);

console.log('');
spawnSync(process.execPath, ['scripts/web-size.mjs'], { cwd: root, stdio: 'inherit' });
