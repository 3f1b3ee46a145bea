import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';

/**
 * One chunk per main screen instead of ~90 small ones. Left to itself, the bundler cuts what a screen needs
 * beyond the first load into files of 1–5 KB (each module goes where the set of screens sharing it says),
 * and a phone on a slow network then spends more time on round trips than on bytes.
 *
 * - `start`: what main.tsx imports (the first load of every page), and what the sign-in page and the home
 *   both import (React Router, TanStack Query, i18next, the form parts). Left to the bundler these were ~20
 *   files of 1–18 KB each, one per set of screens sharing them; every page downloads all of them, so one
 *   file costs no extra byte and saves the round trips (on HTTP/1.1 six at a time, each ~150 ms on a slow
 *   network);
 * - `signin`: what only the sign-in page needs beyond `start`;
 * - `queries`: TanStack Query and the app's one client (app/query-client.tsx), which the pages of someone
 *   not signed in do without: the signed-in shell, a share link's page and the sign-in's own calls (once
 *   she starts on the form) load it, and none of them needs the home for it;
 * - `home`: every other module Layout.tsx and TodayPage.tsx import, directly or through others;
 * - one chunk per tab screen (`SCREENS`) for the modules only it needs beyond the home, and one for each
 *   set of them that share modules (`today-move`: what Today's cards and Move both need);
 * - so the sign-in page never downloads the home before she has signed in. (What it loads once she starts
 *   typing, its rules and sign-in calls, may bring it: she is on her way there.)
 *
 * Each set is closed under import apart from the sets before it, so a chunk only imports from chunks above
 * it and no cycle between chunks can arise. Other screens (and the public pages other than sign-in) load
 * these chunks when they share a module with them. Imports are followed by name through barrels
 * (`@spinekind/core` re-exports all of core): following a barrel whole would capture every module of core
 * that any screen uses. Computed once the module graph is complete (`buildEnd`), before chunks are made.
 */
const HOME = ['app/Layout.tsx', 'features/checkins/TodayPage.tsx'];
const SCREENS: Record<string, string[]> = {
  today: ['features/checkins/TodayLater.tsx'],
  history: ['features/checkins/HistoryPage.tsx'],
  insights: ['features/insights/InsightsPage.tsx'],
  move: ['features/screening/SelfCareLayout.tsx', 'features/move/MovePage.tsx'],
};
const ENTRY = 'main.tsx';
/** What every signed-in screen waits on before it shows: its layout, the device-owner check, the sync badge. */
const SHELL = ['app/Layout.tsx', 'offline/owner.ts', 'app/SyncBadge.tsx'];
/** A route of main.tsx: the module it imports and the copy bundles it names. */
const PAGE_CALL = /page\(\s*\(\) => import\('\.\/([^']+)'\)((?:\s*,\s*'[a-z]+')*)/g;
/** Each main screen's address (main.tsx's routes) and the modules its route imports. */
const SCREEN_PATHS: Record<string, string[]> = {
  '/': ['features/checkins/TodayPage.tsx'],
  '/history': SCREENS.history ?? [],
  '/insights': SCREENS.insights ?? [],
  '/move': SCREENS.move ?? [],
};
const SIGN_IN = ['features/auth/AuthPage.tsx'];
const QUERIES = ['app/query-client.tsx'];

export function screenChunks(): { plugin: Plugin; name: (id: string) => string | null } {
  const src = fileURLToPath(new URL('src/', import.meta.url));
  const chunkOf = new Map<string, string>();
  const plugin: Plugin = {
    name: 'spinekind:screen-chunks',
    apply: 'build',
    async buildEnd() {
      const graph = moduleGraph(this);
      const closure = (files: string[]) => graph.closure(files.map((f) => join(src, f)));
      const first = await closure([ENTRY]);
      const signIn = await closure(SIGN_IN);
      const home = await closure(HOME);
      // main.tsx itself stays the entry, which imports `start`.
      for (const id of first) if (id !== join(src, ENTRY)) chunkOf.set(id, 'start');
      for (const id of signIn) if (home.has(id)) chunkOf.set(id, 'start');
      for (const id of signIn) if (!chunkOf.has(id)) chunkOf.set(id, 'signin');
      const taken = new Set([...first, ...signIn]);
      for (const id of await closure(QUERIES)) if (!taken.has(id)) chunkOf.set(id, 'queries');
      for (const id of chunkOf.keys()) taken.add(id);
      for (const id of home) if (!taken.has(id)) chunkOf.set(id, 'home');
      for (const id of chunkOf.keys()) taken.add(id);
      const users = new Map<string, string[]>();
      for (const [screen, roots] of Object.entries(SCREENS))
        for (const id of await closure(roots))
          if (!taken.has(id)) users.set(id, [...(users.get(id) ?? []), screen]);
      for (const [id, screens] of users) chunkOf.set(id, screens.join('-'));
    },
    // What a signed-in visit needs after the first load, as `signed-in-preload.json`, for the server to name
    // in the page when her session cookie comes with the request (server/src/http/web-app.ts), so it
    // downloads beside the first load, not a round trip after main.tsx has asked for it: `shell`, what every
    // signed-in screen needs (the layout's code, the device-owner check and the sync badge it waits on), and
    // per screen's path what that screen adds. Each is the chunk holding a module (or the small chunk
    // re-exporting it for its `import()`), the chunks it imports and their CSS. Written once the bundle is
    // final: Vite drops CSS-only chunks late, and they must not be named.
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      // A route's English copy (main.tsx: `page(() => import('./x'), 'move', …)`, i18n/lazy.ts) loads in
      // every language: other languages fall back to it.
      const routes = readFileSync(join(src, ENTRY), 'utf8');
      const withCopy = (module: string) => {
        const call = [...routes.matchAll(PAGE_CALL)].find((m) => `${m[1]}.tsx` === module);
        const names = [...(call?.[2] ?? '').matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
        return [module, ...names.map((name) => `i18n/en-${name}.ts`)];
      };
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const chunkFor = (module: string) => {
        const id = join(src, module);
        const chunk =
          chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
        if (!chunk) this.error(`screen-chunks: ${module} is in no chunk of this build`);
        return chunk;
      };
      const files = (modules: string[], shown = new Set<string>()) => {
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (file: string) => {
          const chunk = byFile.get(file);
          if (!chunk || scripts.has(file) || shown.has(file)) return;
          scripts.add(file);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const next of chunk.imports) visit(next);
        };
        for (const module of modules.flatMap(withCopy)) visit(chunkFor(module).fileName);
        return { scripts: [...scripts], styles: [...styles].filter((f) => f in bundle && !shown.has(f)) };
      };
      const shell = files(SHELL);
      const named = new Set([...shell.scripts, ...shell.styles]);
      const screens = Object.fromEntries(
        Object.entries(SCREEN_PATHS).map(([path, modules]) => [path, files(modules, named)]),
      );
      // Beside them, for scripts/web-size.mjs (the server does not read it): what the sign-in page loads
      // beyond index.html's own files, whose total has a budget (issue #23).
      const first = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
      const signIn = files(SIGN_IN, first);
      writeFileSync(
        join(options.dir ?? '', 'signed-in-preload.json'),
        `${JSON.stringify({ shell, screens, signIn }, null, 2)}\n`,
      );
    },
  };
  return { plugin, name: (id) => chunkOf.get(id) ?? null };
}

/** `import {a, b as c} from 'x'`, `export {a} from 'x'`, `export * from 'x'`, `import 'x'` (not `import type`). */
const STATEMENT =
  /(?:^|[;\n])\s*(import|export)\s+(?!type\s)(?:(\*)|\*\s+as\s+\w+|\{([^}]*)\}|(\w+)(?:\s*,\s*\{([^}]*)\})?)?\s*(?:from\s*)?['"]([^'"]+)['"]/g;

interface Statement {
  kind: 'import' | 'export';
  /** The names it takes (their exported names), or '*' for all of them. */
  names: string[] | '*';
  spec: string;
}

function statements(code: string): Statement[] {
  return [...code.matchAll(STATEMENT)].map((m) => {
    const list = [m[3], m[5]].flatMap((l) =>
      (l ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && !n.startsWith('type '))
        .map((n) => n.split(/\s+as\s+/)[0] as string),
    );
    const all = m[2] === '*' || (m[0].includes('* as ') && m[1] === 'import');
    return {
      kind: m[1] as 'import' | 'export',
      names: all ? '*' : [...(m[4] ? ['default'] : []), ...list],
      spec: m[6] as string,
    };
  });
}

/** The module graph as the bundler holds it, with imports through our barrels followed by name. */
function moduleGraph(ctx: Rolldown.PluginContext) {
  const ours = (id: string) => id.includes('/packages/') && !id.includes('/node_modules/');
  const resolved = new Map<string, Promise<string | undefined>>();
  const resolve = (spec: string, importer: string) => {
    const key = `${importer}\0${spec}`;
    let id = resolved.get(key);
    if (!id) {
      id = ctx.resolve(spec, importer).then((r) => r?.id);
      resolved.set(key, id);
    }
    return id;
  };
  const codeOf = (id: string) => ctx.getModuleInfo(id)?.code ?? '';
  // A barrel holds nothing but `export … from` lines.
  const isBarrel = (id: string) =>
    ours(id) &&
    /index\.ts$/.test(id) &&
    codeOf(id)
      .replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')
      .split(/;|\n/)
      .every((line) => !line.trim() || /^\s*export\s/.test(line));

  /** The modules that define `name` for a barrel (usually one). */
  async function definers(barrel: string, name: string): Promise<string[]> {
    const found: string[] = [];
    for (const s of statements(codeOf(barrel))) {
      if (s.kind !== 'export') continue;
      const target = await resolve(s.spec, barrel);
      if (!target) continue;
      if (s.names !== '*' && !s.names.includes(name)) continue;
      if (isBarrel(target)) found.push(...(await definers(target, name)));
      else if (s.names !== '*' || ctx.getModuleInfo(target)?.exports.includes(name)) found.push(target);
    }
    return found;
  }

  /** What a module needs: its imports, and through a barrel only the modules defining the names it takes. */
  async function needs(id: string): Promise<string[]> {
    const info = ctx.getModuleInfo(id);
    if (!info) throw new Error(`screen chunks: ${id} is not in this build`);
    const direct = info.importedIds.filter((d) => !isBarrel(d));
    if (!ours(id)) return direct;
    const viaBarrels: string[] = [];
    for (const s of statements(info.code ?? '')) {
      const target = await resolve(s.spec, id);
      if (!target || !isBarrel(target)) continue;
      const names = s.names === '*' ? (ctx.getModuleInfo(target)?.exports ?? []) : s.names;
      for (const name of names) viaBarrels.push(...(await definers(target, name)));
    }
    return [...direct, ...viaBarrels];
  }

  return {
    async closure(roots: string[]): Promise<Set<string>> {
      const seen = new Set<string>();
      const todo = [...roots];
      for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
        if (seen.has(id)) continue;
        seen.add(id);
        todo.push(...(await needs(id)));
      }
      return seen;
    },
  };
}
