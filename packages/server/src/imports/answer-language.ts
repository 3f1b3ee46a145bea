import { type AppImportAnswer, type Locale, translateMessage } from '@spinekind/core';

/**
 * Import answers in her language. Readers write what they leave out and each row's problem in English
 * (the English text is its id, see core's `i18n/error-messages`); the routes translate them on the way out
 * with `request.locale`, so a script sending `Accept-Language` reads them in its language too. Counts,
 * lines, ids and the values from her file stay as they are.
 */
export function appImportAnswerIn(answer: AppImportAnswer, locale: Locale): AppImportAnswer {
  if (locale === 'en') return answer;
  const t = (english: string) => translateMessage(english, locale);
  return {
    ...answer,
    notImported: answer.notImported.map((n) => ({ ...n, what: t(n.what), why: t(n.why) })),
    errors: answer.errors.map((e) => ({ ...e, message: t(e.message) })),
  };
}

/** A CSV import's answer (dry run or real) with each row's problem in her language. */
export function csvImportAnswerIn<T extends { errors: readonly { message: string }[] }>(
  answer: T,
  locale: Locale,
): T {
  if (locale === 'en') return answer;
  return {
    ...answer,
    errors: answer.errors.map((e) => ({ ...e, message: translateMessage(e.message, locale) })),
  };
}
