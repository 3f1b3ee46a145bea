/**
 * Message catalogues. English is written where the text lives (the exercise, the lesson, the flat
 * `i18n/en.ts` of a feature); every other language is a catalogue of the same shape, typed by
 * `Catalogue<typeof english>` so the compiler names a missing key, and checked by `catalogueGaps`
 * in tests for what types cannot see (list lengths, `{{placeholders}}`, empty texts).
 */

/** The keys of `T` that hold texts (a string, or a list or object of them); numbers and flags are not texts. */
type TextKey<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string | object ? K : never }[keyof T];

/**
 * The same keys as English, every text a string, every list a list of the same shapes. Numbers and flags
 * (a rhythm beat's seconds) are the English ones: `withTexts` keeps them, so a translation leaves them out.
 */
export type Catalogue<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Catalogue<U>[]
    : T extends object
      ? { readonly [K in keyof T as K extends TextKey<T> ? K : never]: Catalogue<T[K]> } & {
          readonly [K in keyof T as K extends TextKey<T> ? never : K]?: T[K];
        }
      : T;

export interface CatalogueGap {
  /** Where: `steps.2`, `reasons.fever`. */
  path: string;
  problem: 'missing' | 'extra' | 'placeholders' | 'length' | 'empty' | 'type';
  detail?: string;
}

const PLACEHOLDER = /\{\{\s*([\w.]+)[^}]*\}\}/g;

/** The `{{name}}` placeholders of a text, sorted and without repeats. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Plural forms some languages need and English doesn't (`_many` in Spanish for a million). */
const EXTRA_PLURAL = /_(zero|two|few|many)$/;

/**
 * What a translation lacks or adds against English: a missing or extra key, a list of another
 * length, a placeholder English doesn't have (or one it drops), an empty text.
 */
export function catalogueGaps(english: unknown, other: unknown, path = ''): CatalogueGap[] {
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (typeof english === 'string') {
    if (typeof other !== 'string') return [{ path, problem: other === undefined ? 'missing' : 'type' }];
    if (english.trim() !== '' && other.trim() === '') return [{ path, problem: 'empty' }];
    const want = placeholdersOf(english).join(',');
    const got = placeholdersOf(other).join(',');
    return want === got
      ? []
      : [{ path, problem: 'placeholders', detail: `English {${want}}, here {${got}}` }];
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(other)) return [{ path, problem: other === undefined ? 'missing' : 'type' }];
    const gaps: CatalogueGap[] =
      other.length === english.length
        ? []
        : [{ path, problem: 'length', detail: `English has ${english.length}, here ${other.length}` }];
    english.forEach((e, i) => {
      if (i < other.length) gaps.push(...catalogueGaps(e, other[i], at(i)));
    });
    return gaps;
  }
  if (isRecord(english)) {
    if (!isRecord(other)) return [{ path, problem: other === undefined ? 'missing' : 'type' }];
    const gaps: CatalogueGap[] = [];
    for (const key of Object.keys(english)) gaps.push(...catalogueGaps(english[key], other[key], at(key)));
    for (const key of Object.keys(other)) {
      const plural = key.replace(EXTRA_PLURAL, '_other');
      if (!(key in english) && !(plural !== key && plural in english))
        gaps.push({ path: at(key), problem: 'extra' });
    }
    return gaps;
  }
  return [];
}

/**
 * A value with its texts replaced by a translation of the same shape: strings from `texts`, lists
 * item by item, objects key by key; everything else (ids, numbers, links) stays as it was.
 */
export function withTexts<T>(base: T, texts: unknown): T {
  if (texts === undefined || texts === null) return base;
  if (typeof base === 'string') return (typeof texts === 'string' ? texts : base) as T;
  if (Array.isArray(base))
    return (Array.isArray(texts) ? base.map((b, i) => withTexts(b, texts[i])) : base) as T;
  if (isRecord(base) && isRecord(texts)) {
    const out: Record<string, unknown> = { ...base };
    for (const key of Object.keys(texts)) if (key in base) out[key] = withTexts(base[key], texts[key]);
    return out as T;
  }
  return base;
}

/** Only the named text fields of a value: the English catalogue of a structured entry. */
export function textsOf<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
