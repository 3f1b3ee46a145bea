import type { Locale } from '@spinekind/core/locales';
import i18next from 'i18next';
import { everyday } from './en';
import { currentLocale } from './locale';

/**
 * Feature copy that loads with the routes that show it, so the first page downloads only the
 * everyday copy (`en.ts`). The service worker precaches every chunk, so this works offline too.
 * A route lists its bundles in main.tsx (`page(() => import(…), 'move')`); i18n/lazy-copy.test.ts
 * checks that every key a route's modules use is eager or listed on the route or one of its layouts.
 */
export const copyBundles = {
  shell: () => import('./en-shell').then((m) => m.shellCopy),
  safety: () => import('./en-safety').then((m) => m.safety),
  tracking: () => import('./en-tracking').then((m) => m.tracking),
  breaks: () => import('./en-breaks').then((m) => m.breaksCopy),
  insights: () => import('./en-insights').then((m) => m.insights),
  data: () => import('./en-data').then((m) => m.dataCopy),
  move: () => import('./en-move').then((m) => m.move),
  bones: () => import('./en-bones').then((m) => m.bonesCopy),
  connect: () => import('./en-connect').then((m) => m.connectCopy),
  account: () => import('./en-account').then((m) => m.accountCopy),
  learn: () => import('./en-learn').then((m) => m.learnCopy),
  reminders: () => import('./en-reminders').then((m) => m.remindersCopy),
  shares: () => import('./en-shares').then((m) => m.sharesCopy),
  experiments: () => import('./en-experiments').then((m) => m.experimentsCopy),
};
export type CopyBundle = keyof typeof copyBundles;

/** All the copy at once (everyday and every feature bundle), for tests and tools. */
export async function allCopy() {
  const all = await Promise.all(Object.values(copyBundles).map((load) => load()));
  return Object.assign({}, everyday, ...all) as Record<string, unknown>;
}

/** The event that re-renders translated components after copy arrived late (see `rescueMissingCopy`). */
export const COPY_LOADED = 'copyLoaded';

/** The translations of every copy file (`de.ts`, `de-move.ts`, `es-move.ts`, …), each its own chunk. */
const translations = import.meta.glob<Record<string, unknown>>(['./de*.ts', './es*.ts', '!./*.test.ts']);

/** A copy file's one exported catalogue. */
const onlyExport = (module: Record<string, unknown>) => Object.values(module)[0] as Record<string, unknown>;

/** The copy of one bundle (`everyday` for en.ts's) in one language; English comes from copyBundles. */
export async function bundleIn(
  name: CopyBundle | 'everyday',
  locale: Locale,
): Promise<Record<string, unknown>> {
  if (locale === 'en')
    return name === 'everyday' ? (everyday as Record<string, unknown>) : copyBundles[name]();
  const load = translations[`./${locale}${name === 'everyday' ? '' : `-${name}`}.ts`];
  // A language without this file yet shows English (catalogues.test.ts keeps that from shipping).
  return load ? onlyExport(await load()) : {};
}

const loading = new Map<string, Promise<void>>();
const asked = new Set<CopyBundle>();

/** Loads a bundle in English (every missing text falls back to it) and in the language on screen. */
function loadOne(name: CopyBundle | 'everyday', locale: Locale): Promise<void> {
  const key = `${locale}:${name}`;
  let done = loading.get(key);
  if (!done) {
    done = bundleIn(name, locale).then((copy) => {
      i18next.addResourceBundle(locale, 'translation', copy, true, false);
    });
    // A failed chunk (a deploy replaced it mid-visit) may be asked for again on the next route.
    done.catch(() => loading.delete(key));
    loading.set(key, done);
  }
  return done;
}

export function loadCopy(names: readonly CopyBundle[], locale = currentLocale()): Promise<void> {
  for (const name of names) asked.add(name);
  return Promise.all(
    names.flatMap((name) =>
      locale === 'en' ? [loadOne(name, 'en')] : [loadOne(name, 'en'), loadOne(name, locale)],
    ),
  ).then(() => undefined);
}

/** Everything a language needs before it goes on screen: its everyday copy and every bundle loaded so far. */
export function loadLanguage(locale: Locale): Promise<void> {
  return Promise.all([loadOne('everyday', locale), loadCopy([...asked], locale)]).then(() => undefined);
}

/** A route's `lazy` that resolves only once the copy its screens use is in place. */
export function withCopy<T>(load: () => Promise<T>, ...names: CopyBundle[]): () => Promise<T> {
  return async () => (await Promise.all([load(), loadCopy(names)]))[0];
}

let rescue: Promise<void> | undefined;
const reported = new Set<string>();

/**
 * Safety net for a key whose bundle no route asked for: load all copy, then re-render, so a raw key
 * shows at most for a moment. Says so in the console (e2e/copy.spec.ts fails on it).
 */
export function rescueMissingCopy(key: string, hasDefault: boolean): void {
  rescue ??= loadCopy(Object.keys(copyBundles) as CopyBundle[]).then(
    () => void i18next.emit(COPY_LOADED),
    () => {
      rescue = undefined;
    },
  );
  void rescue.then(() => {
    if (reported.has(key)) return;
    reported.add(key);
    if (i18next.exists(key))
      console.error(`Copy loaded late: ${key} (add its bundle to the route in main.tsx)`);
    else if (!hasDefault) console.error(`Missing copy: ${key}`);
  });
}
