// Draws the contact sheet of every exercise drawing: docs/exercises-catalogue.png (light) and
// .tmp/exercises-catalogue-dark.png (dark, to check that currentColor carries the theme).
// Each drawing sits in a 4:3 box like the player's, so a too-small or badly cropped one shows.
// Run: npx tsx scripts/exercises-catalogue.ts [--cell=180] [--cols=7] [--out=path.png] [--only=id,id]
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { exercises } from '../packages/core/src/exercises/index.ts';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const cols = Number(arg('cols', '7'));
const cellWidth = Number(arg('cell', '180'));
const out = arg('out', 'docs/exercises-catalogue.png');
const only = arg('only', '');
const shown = only ? exercises.filter((e) => only.split(',').includes(e.id)) : exercises;

const cell = (e: (typeof exercises)[number]) =>
  `<figure><div class="art">${e.illustration}</div><figcaption>${e.name}${e.boneSafe ? '' : ' <span>not bone-safe</span>'}</figcaption></figure>`;
const html = `<!doctype html><html><head><style>
body{margin:0;font:13px/1.3 system-ui,sans-serif;background:#fff;color:#1d2a3a}
main{display:grid;grid-template-columns:repeat(${cols},${cellWidth}px);gap:8px;padding:12px}
figure{margin:0;border:1px solid #d8dde3;border-radius:8px;padding:4px 6px 6px}
.art{aspect-ratio:4/3;display:flex;align-items:center;justify-content:center}
.art svg{width:100%;height:100%;display:block}
figcaption{text-align:center;min-height:2.6em}
span{display:block;color:#9a3412;font-size:11px}
</style></head><body><main>${shown.map(cell).join('')}</main></body></html>`;

mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/exercises-catalogue.html', html);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: cols * (cellWidth + 8) + 20, height: 600 } });
await page.setContent(html);
await page.screenshot({ path: out, fullPage: true });
await page.emulateMedia({ colorScheme: 'dark' });
await page.addStyleTag({ content: 'body{background:#111827;color:#e5e7eb} figure{border-color:#374151}' });
await page.screenshot({
  path: out.replace(/^docs\//, '.tmp/').replace(/\.png$/, '-dark.png'),
  fullPage: true,
});
await browser.close();
