import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import type { Locale } from '../i18n/locales.js';
import { passwordCopy, passwordText } from './password-copy.js';

// OWASP ASVS 4.0.3 L2, 2.1.1–2.1.2: at least 12 characters, at least 64 allowed.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** The form a password is checked, hashed and compared in: Unicode NFKC, so the same password typed on another keyboard matches. */
export function normalizePassword(p: string): string {
  return p.normalize('NFKC');
}

/** Length in code points (what she sees as characters), not UTF-16 units. */
export function passwordLength(p: string): number {
  return [...p].length;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_email' | 'common' | 'weak';

export interface PasswordAssessment {
  /** zxcvbn's strength, 0 (guessed at once) to 4 (very hard to guess); for a strength meter. */
  score: 0 | 1 | 2 | 3 | 4;
  /** Why the password is refused; absent when it is acceptable. */
  problem?: PasswordProblem;
  /** The refusal in plain words; absent when the password is acceptable. */
  message?: string;
  /** Hints to make it stronger (may be given for an acceptable password too). */
  suggestions: string[];
  /** Whether the server will take it as a new password (same as `problem === undefined`). */
  acceptable: boolean;
}

/** Why a password is refused, in one language. */
export function passwordMessagesIn(locale: Locale): Record<PasswordProblem, string> {
  const t = passwordText(locale);
  const limits = { min: PASSWORD_MIN, max: PASSWORD_MAX };
  return Object.fromEntries(
    Object.keys(passwordCopy.en.problems).map((p) => [p, t(`problems.${p}`, limits)]),
  ) as Record<PasswordProblem, string>;
}

/** The English refusals, for the sign-up form's schema (translated for display like every schema message). */
export const passwordMessages = passwordMessagesIn('en');

// zxcvbn's score 2 is "safely unguessable" against throttled online attacks (Wheeler 2016, §4).
const MIN_SCORE = 2;
const COMMON_LIST = 'passwords-common';
// Pieces that add almost nothing to a common password: keyboard rows, "aaaa", "1234", years and dates.
const FILLER = new Set(['spatial', 'repeat', 'sequence', 'regex', 'date']);

let checker: Promise<ZxcvbnFactory> | undefined;

/** Builds the checker once; the dictionaries (~1 MB) load only when a password is first assessed. */
function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      // No translations: zxcvbn answers its hints as keys, which we word in her language (password-copy.ts).
    });
  })();
  return checker;
}

function containsEmail(password: string, email: string | undefined): boolean {
  if (!email) return false;
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  return lower.includes(address) || (local.length >= 3 && lower.includes(local));
}

/** A password made only of common-password list entries plus filler (e.g. `password1234`, `qwertyuiop12`, twelve spaces). */
function isCommon(result: ZxcvbnResult): boolean {
  if (result.score >= MIN_SCORE) return false;
  return result.sequence.every(
    (m) => (m.pattern === 'dictionary' && m.dictionaryName === COMMON_LIST) || FILLER.has(m.pattern),
  );
}

function refusal(
  problem: PasswordProblem,
  score: PasswordAssessment['score'],
  suggestions: string[],
  locale: Locale,
) {
  return { score, problem, message: passwordMessagesIn(locale)[problem], suggestions, acceptable: false };
}

/** zxcvbn's hint keys in her language; a key we have no words for (a newer zxcvbn) is left out. */
function hints(keys: readonly string[], locale: Locale): string[] {
  const t = passwordText(locale);
  return keys.filter((k) => k in passwordCopy.en.suggestions).map((k) => t(`suggestions.${k}`));
}

/**
 * Judges a new password by the project's rules (length, her email, common passwords, zxcvbn score ≥ 2),
 * entirely offline. The same function runs in the browser (meter) and on the server (the decision).
 */
export async function assessPassword(
  password: string,
  context: { email?: string; locale?: Locale } = {},
): Promise<PasswordAssessment> {
  const locale = context.locale ?? 'en';
  const normal = normalizePassword(password);
  const length = passwordLength(normal);
  const zxcvbn = await loadChecker();
  // Past the maximum the score is only for the meter: look at the allowed part (zxcvbn slows on long input).
  const scored = length > PASSWORD_MAX ? [...normal].slice(0, PASSWORD_MAX).join('') : normal;
  const email = context.email?.trim().toLowerCase();
  const result = zxcvbn.check(scored, email ? [email, email.split('@')[0] ?? ''] : []);
  const score = result.score;
  const suggestions = hints(result.feedback.suggestions, locale);
  if (length < PASSWORD_MIN) return refusal('too_short', score, suggestions, locale);
  if (length > PASSWORD_MAX) return refusal('too_long', score, suggestions, locale);
  if (containsEmail(normal, email)) return refusal('contains_email', score, suggestions, locale);
  if (isCommon(result)) return refusal('common', score, suggestions, locale);
  if (score < MIN_SCORE) return refusal('weak', score, suggestions, locale);
  return { score, suggestions, acceptable: true };
}
