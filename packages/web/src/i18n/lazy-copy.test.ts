/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { everyday } from './en';
import { type CopyBundle, copyBundles } from './lazy';

// Every screen must have its copy before it renders: a key the route's modules use is either in the
// everyday copy or in a bundle the route (or a layout around it) lists in main.tsx.
const names = Object.keys(copyBundles) as CopyBundle[];
const bundles = Object.fromEntries(
  await Promise.all(names.map(async (n) => [n, await copyBundles[n]()] as const)),
) as unknown as Record<CopyBundle, Record<string, unknown>>;

/** The web source, by path under src/ ('main.tsx', 'features/move/MovePage.tsx', …). */
const sources = new Map(
  Object.entries(
    import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.startsWith('./') ? `i18n/${path.slice(2)}` : path.slice(3), text]),
);
const read = (file: string) => sources.get(file) ?? '';

/** Top-level copy section (`move`, `checkin`, …) → the bundle that holds it ('everyday' = eager). */
const sectionOf = new Map<string, CopyBundle | 'everyday'>();
for (const s of Object.keys(everyday)) sectionOf.set(s, 'everyday');
for (const n of names) for (const s of Object.keys(bundles[n])) sectionOf.set(s, n);

function resolveModule(from: string, spec: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of spec.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  const base = parts.join('/');
  return ['.tsx', '.ts', '/index.tsx', '/index.ts'].map((e) => base + e).find((f) => sources.has(f));
}

/** The files a module pulls in (static and dynamic imports inside the web source, not type-only). */
function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  for (let file = todo.pop(); file; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = read(file);
    const specs = [
      ...text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm),
      ...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g),
    ].map((m) => m[1] as string);
    for (const spec of specs) {
      const found = resolveModule(file, spec);
      if (found) todo.push(found);
    }
  }
  return seen;
}

/** The copy sections a set of files refers to: every string that starts like a key (`'move.title'`). */
function sectionsUsed(files: Iterable<string>): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of files) {
    const code = read(file).replace(/^import .*$/gm, '');
    for (const m of code.matchAll(/(['"`])([a-zA-Z]+)\.([a-zA-Z_$][^'"`\s]*)\1/g)) {
      const [literal, , section, rest] = m as unknown as [string, string, string, string];
      if (/\.(css|tsx?|js|json|svg|png|csv)$/.test(rest)) continue;
      if (sectionOf.has(section) && !used.has(section)) used.set(section, `${literal} in ${file}`);
    }
  }
  return used;
}

type Route = { module: string; bundles: CopyBundle[]; parent?: Route };

/** The lazy routes of main.tsx with the copy they list, nested as in the route table. */
function routes(): Route[] {
  const main = 'main.tsx';
  const text = read(main);
  const lazies = [...text.matchAll(/(?:page\(\s*)?\(\) => import\('([^']+)'\)((?:,\s*'[a-z]+')*)/g)].map(
    (m) => ({
      at: m.index,
      module: resolveModule(main, m[1] as string) ?? (m[1] as string),
      bundles: [...(m[2] ?? '').matchAll(/'([a-z]+)'/g)].map((b) => b[1] as CopyBundle),
    }),
  );
  const out: Route[] = [];
  const stack: (Route | undefined)[] = [];
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') stack.push(undefined);
    else if (text[i] === '}') stack.pop();
    const lazy = lazies[next];
    if (lazy && lazy.at === i) {
      next++;
      const parent = stack.slice(0, -1).findLast((r) => r !== undefined);
      const route: Route = { module: lazy.module, bundles: lazy.bundles, parent };
      if (stack.length > 0) stack[stack.length - 1] = route;
      out.push(route);
    }
  }
  return out;
}

describe('lazy copy', () => {
  it('has each copy section in one place', () => {
    const seen = new Map<string, string>(Object.keys(everyday).map((s) => [s, 'everyday']));
    for (const n of names)
      for (const s of Object.keys(bundles[n])) {
        expect(seen.get(s), `section ${s} in ${n}`).toBeUndefined();
        seen.set(s, n);
      }
  });

  it('finds the routes of main.tsx', () => {
    const all = routes();
    expect(all.length).toBeGreaterThan(20);
    for (const r of all) expect(sources.has(r.module), r.module).toBe(true);
    const player = all.find((r) => r.module.endsWith('player/PlayerPage.tsx'));
    expect(player?.parent?.module).toMatch(/SelfCareLayout\.tsx$/);
    expect(player?.parent?.parent?.module).toMatch(/app\/Layout\.tsx$/);
  });

  it('the layout of the public pages, and what shows around any screen, need only the everyday copy', () => {
    // main.tsx renders these itself (no lazy route names copy for them): the sign-in page's top bar and
    // its sync badge when someone is signed in, a screen that failed, a toast.
    const around = ['app/PublicLayout.tsx', 'app/lazyPage.tsx', 'ui/Toast.tsx'];
    const missing = [...sectionsUsed(around.flatMap((m) => [...graph(m)]))]
      .filter(([section]) => sectionOf.get(section) !== 'everyday')
      .map(([section, where]) => `${sectionOf.get(section)} (${where})`);
    expect(missing).toEqual([]);
  });

  it.each(routes().map((r) => [r.module, r] as const))('%s has its copy before it renders', (_, route) => {
    const have = new Set<string>(['everyday']);
    for (let r: Route | undefined = route; r; r = r.parent) for (const b of r.bundles) have.add(b);
    const missing = [...sectionsUsed(graph(route.module))]
      .filter(([section]) => !have.has(sectionOf.get(section) as string))
      .map(([section, where]) => `${sectionOf.get(section)} (${where})`);
    expect(missing).toEqual([]);
  });
});
