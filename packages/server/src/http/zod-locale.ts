import type { Locale } from '@spinekind/core';
import { type core, ZodType } from 'zod';
import de from 'zod/v4/locales/de.js';
import en from 'zod/v4/locales/en.js';
import es from 'zod/v4/locales/es.js';

/**
 * zod's own messages ("Invalid input: expected number, received string") in her language, from the
 * locales zod ships. Never `z.config()` here: one server answers every language at once, so the map is
 * given per parse, and messages a schema names itself (ours, translated by translateMessage) win over it.
 */
const errorMaps: Record<Locale, core.$ZodErrorMap> = {
  en: en().localeError,
  de: de().localeError,
  es: es().localeError,
};

/** zod's own messages in `locale`, for a parse outside a route's schema (a CSV row read as a check-in). */
export const zodErrorMapOf = (locale: Locale): core.$ZodErrorMap => errorMaps[locale];

/** The issues of reading `input` with a route's schema again, zod's own messages in `locale`; undefined for English or when that can't be done. */
export function zodIssuesIn(locale: Locale, schema: unknown, input: unknown): core.$ZodIssue[] | undefined {
  if (locale === 'en' || !(schema instanceof ZodType)) return undefined;
  try {
    const result = schema.safeParse(input, { error: errorMaps[locale] });
    return result.success ? undefined : result.error.issues;
  } catch {
    // An async refinement can't be run again synchronously: her English issues stand.
    return undefined;
  }
}

/**
 * One issue of a ZodError a route threw (no schema to run again): zod's own message in `locale` when the
 * issue's message is zod's English one, else the message as it is (ours, translated later).
 */
export function zodMessageIn(locale: Locale, issue: core.$ZodIssue): string {
  if (locale === 'en') return issue.message;
  try {
    const raw = issue as unknown as core.$ZodRawIssue;
    const english = errorMaps.en(raw);
    const own = typeof english === 'string' ? english : english?.message;
    if (own !== issue.message) return issue.message;
    const local = errorMaps[locale](raw);
    return (typeof local === 'string' ? local : local?.message) ?? issue.message;
  } catch {
    return issue.message;
  }
}
