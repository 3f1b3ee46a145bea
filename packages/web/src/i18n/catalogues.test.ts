/// <reference types="vite/client" />
import { catalogueGaps, locales } from '@spinekind/core';
import { describe, expect, it } from 'vitest';

// Every language has every text English has, with the same {{placeholders}}: the test that fails
// when a screen ships an English-only string. English is `en.ts` (everyday) and `en-<bundle>.ts`;
// a language is `<locale>.ts` and `<locale>-<bundle>.ts`, each exporting the same name as English.
const files = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });

/** The one exported catalogue of a copy file. */
const copyOf = (file: string) => {
  const module = files[file];
  if (!module) return undefined;
  const values = Object.values(module);
  return values.length === 1 ? values[0] : module;
};

const english = Object.keys(files)
  .map((f) => f.match(/^\.\/en(-[\w-]+)?\.ts$/))
  .filter((m) => m !== null)
  .map((m) => m[1] ?? '');

describe.each(locales.filter((l) => l !== 'en'))('%s copy', (locale) => {
  it.each(english)(`${locale}%s.ts has every text English has`, (bundle) => {
    const file = `./${locale}${bundle}.ts`;
    expect(files[file], `${file} is missing`).toBeDefined();
    expect(catalogueGaps(copyOf(`./en${bundle}.ts`), copyOf(file))).toEqual([]);
  });
});
