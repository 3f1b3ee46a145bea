import { hash, verify } from '@node-rs/argon2';
import { assessPassword, DomainError, type Locale, normalizePassword } from '@spinekind/core';

// argon2id (the library default) with OWASP's minimum profile: 19 MiB, 2 passes, 1 lane.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes the NFKC form, so the same password typed on another keyboard (full-width, composed accents) matches. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), options);
}

// Verified when the email is unknown, so a missing account costs the same time as a wrong password.
let decoy: Promise<string> | undefined;

/**
 * Which form of the password matches the stored hash: `nfkc` (every hash made since NFKC), `raw` (an
 * account made before, whose password changes under NFKC: re-hash it), or false.
 */
export async function matchPassword(
  stored: string | undefined,
  password: string,
): Promise<'nfkc' | 'raw' | false> {
  const normal = normalizePassword(password);
  const forms = normal === password ? [normal] : [normal, password];
  decoy ??= hashPassword('not-a-real-password-decoy');
  const against = stored ?? (await decoy);
  for (const [i, form] of forms.entries()) {
    const ok = await verify(against, form).catch(() => false);
    if (ok && stored !== undefined) return i === 0 ? 'nfkc' : 'raw';
  }
  return false;
}

/** Whether the password matches the stored hash (in either form); false when there is no hash. */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  return (await matchPassword(stored, password)) !== false;
}

/**
 * Refuses a new password that breaks the rules (length, her email, common passwords, zxcvbn score):
 * 400 `validation_failed` with `[{path, message}]`, `path` naming the body field.
 */
export async function requireGoodPassword(
  password: string,
  email: string,
  { path = 'password', locale = 'en' }: { path?: string; locale?: Locale } = {},
): Promise<void> {
  const assessment = await assessPassword(password, { email, locale });
  if (assessment.problem) {
    const message = assessment.message ?? 'Choose another password.';
    throw new DomainError('validation_failed', message, [{ path, message }]);
  }
}
