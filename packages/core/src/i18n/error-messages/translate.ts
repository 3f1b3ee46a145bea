/**
 * Error and validation messages are written in English where they are raised (a zod schema's message,
 * a `DomainError`); the English text is their id. A translation catalogue maps each English text to
 * its translation. A text with runtime values is keyed as a template, `{{what}} must be {{max}} or
 * less.`: the values are read from the English message and put into the translation, each value
 * itself translated when the catalogue holds it as a whole entry (field names like "Sleep quality") unless
 * the template quotes it (`"{{column}}"`): a quoted value is her own text (a column, a symptom from her file)
 * and stays as she wrote it.
 */
export type MessageCatalogue = Readonly<Record<string, string>>;

/** Translates one English message; a text the catalogue doesn't know (or one already translated) comes back unchanged. */
export type MessageTranslator = (english: string) => string;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const HAS_PLACEHOLDER = /\{\{\s*\w+\s*\}\}/;

/** A message with its runtime values blanked: `${max}` in source and `{{max}}` in a catalogue both become `{}`. */
export const shapeOf = (template: string): string => template.replace(PLACEHOLDER, '{}');

interface Template {
  pattern: RegExp;
  names: string[];
  /** Names of the quoted placeholders, whose values are never translated. */
  verbatim: Set<string>;
  translation: string;
  /** Characters of fixed text: the more, the more specific (a match on it wins). */
  fixed: number;
}

const OPENING_QUOTES = new Set(['"', '„', '“']);
const CLOSING_QUOTES = new Set(['"', '“', '”']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function templateOf(key: string, translation: string): Template {
  const names: string[] = [];
  const verbatim = new Set<string>();
  let source = '';
  let last = 0;
  for (const m of key.matchAll(PLACEHOLDER)) {
    source += `${escapeRegExp(key.slice(last, m.index))}([\\s\\S]+?)`;
    names.push(m[1] as string);
    const end = (m.index ?? 0) + m[0].length;
    if (OPENING_QUOTES.has(key[(m.index ?? 0) - 1] ?? '') && CLOSING_QUOTES.has(key[end] ?? ''))
      verbatim.add(m[1] as string);
    last = end;
  }
  source += escapeRegExp(key.slice(last));
  return {
    pattern: new RegExp(`^${source}$`),
    names,
    verbatim,
    translation,
    fixed: key.replace(PLACEHOLDER, '').length,
  };
}

const compiled = new WeakMap<MessageCatalogue, MessageTranslator>();

/** The translate function of one language's catalogue (built once per catalogue). */
export function messageTranslator(catalogue: MessageCatalogue): MessageTranslator {
  const known = compiled.get(catalogue);
  if (known) return known;
  const exact = new Map<string, string>();
  const templates: Template[] = [];
  for (const [key, translation] of Object.entries(catalogue)) {
    if (HAS_PLACEHOLDER.test(key)) templates.push(templateOf(key, translation));
    else exact.set(key, translation);
  }
  templates.sort((a, b) => b.fixed - a.fixed);
  const translate: MessageTranslator = (english) => {
    const whole = exact.get(english);
    if (whole !== undefined) return whole;
    for (const t of templates) {
      const m = t.pattern.exec(english);
      if (!m) continue;
      const values = new Map(t.names.map((name, i) => [name, m[i + 1] as string]));
      return t.translation.replace(PLACEHOLDER, (_, name: string) => {
        const value = values.get(name) ?? '';
        return t.verbatim.has(name) ? value : (exact.get(value) ?? value);
      });
    }
    return english;
  };
  compiled.set(catalogue, translate);
  return translate;
}
