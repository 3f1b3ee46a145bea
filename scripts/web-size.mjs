// Prints the first-load JavaScript of the web build: every script and modulepreload that
// index.html pulls in before any route-split chunk, gzip-compressed as a server would send it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './lib.mjs';

const dist = join(root, 'packages', 'web', 'dist');
const html = join(dist, 'index.html');
if (!existsSync(html)) {
  console.error('No web build found: run `npm run build` first.');
  process.exit(1);
}
const text = readFileSync(html, 'utf8');
const srcs = [
  ...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
].map((m) => m[1]);
let raw = 0;
let gz = 0;
for (const src of new Set(srcs)) {
  const buf = readFileSync(join(dist, src.replace(/^\//, '')));
  raw += buf.length;
  gz += gzipSync(buf, { level: 9 }).length;
}
const kb = (n) => (n / 1024).toFixed(1);
const budget = 130;
console.log(
  `First-load JS: ${kb(gz)} KB gzip (${kb(raw)} KB raw) in ${srcs.length} files; budget ${budget} KB gzip.`,
);
if (process.argv.includes('--json'))
  console.log(JSON.stringify({ gzipKb: +kb(gz), rawKb: +kb(raw), files: srcs.length }));
process.exitCode = gz / 1024 > budget ? 1 : 0;
