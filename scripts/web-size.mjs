// Prints the first-load JavaScript of the web build, and fails `npm test` when it is over its budget:
// - the first load: every script and modulepreload that index.html pulls in before any route-split chunk,
//   gzip-compressed at level 9 (budget 130 KB);
// - the sign-in page (issue #23 point 4): that first load and the sign-in screen's own code
//   (`signIn` in signed-in-preload.json, written by web/screen-chunks.ts), as the server sends them to a
//   browser (the build's brotli siblings); budget 100 KB. `bench/first-load.mjs` measures the same page on
//   the wire in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './lib.mjs';

const dist = join(root, 'packages', 'web', 'dist');
const html = join(dist, 'index.html');
const preload = join(dist, 'signed-in-preload.json');
if (!existsSync(html) || !existsSync(preload)) {
  console.error('No web build found: run `npm run build` first.');
  process.exit(1);
}
const text = readFileSync(html, 'utf8');
const srcs = [
  ...new Set(
    [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map(
      (m) => m[1].replace(/^\//, ''),
    ),
  ),
];
const signIn = JSON.parse(readFileSync(preload, 'utf8')).signIn?.scripts;
if (!Array.isArray(signIn) || signIn.length === 0) {
  console.error('signed-in-preload.json names no sign-in code: is web/screen-chunks.ts in the build?');
  process.exit(1);
}
const file = (name) => join(dist, name);
const kb = (n) => (n / 1024).toFixed(1);
let raw = 0;
let gz = 0;
for (const src of srcs) {
  const buf = readFileSync(file(src));
  raw += buf.length;
  gz += gzipSync(buf, { level: 9 }).length;
}
// As served: the .br sibling when the build wrote one (a tiny file has none and goes out as it is).
const served = (name) =>
  readFileSync(existsSync(file(`${name}.br`)) ? file(`${name}.br`) : file(name)).length;
const signInFiles = [...new Set([...srcs, ...signIn])];
const signInBr = signInFiles.reduce((sum, name) => sum + served(name), 0);

const budget = 130;
const signInBudget = 100;
console.log(
  `First-load JS: ${kb(gz)} KB gzip (${kb(raw)} KB raw) in ${srcs.length} files; budget ${budget} KB gzip.`,
);
console.log(
  `Sign-in page JS: ${kb(signInBr)} KB brotli as served in ${signInFiles.length} files; budget ${signInBudget} KB.`,
);
if (process.argv.includes('--json'))
  console.log(
    JSON.stringify({ gzipKb: +kb(gz), rawKb: +kb(raw), files: srcs.length, signInBrKb: +kb(signInBr) }),
  );
process.exitCode = gz / 1024 > budget || signInBr / 1024 > signInBudget ? 1 : 0;
