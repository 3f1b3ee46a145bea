import type { PasswordAssessment } from '@spinekind/core/password-policy';
import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { FieldProblems } from '../../lib/form';

/**
 * The password policy is core's `assessPassword`, the same the server runs. Core and its word lists load
 * only when a new password is typed (the dictionaries are a separate download, see core/auth).
 */
export async function assessNewPassword(password: string, email?: string): Promise<PasswordAssessment> {
  const [{ assessPassword }, { isLocale }] = await Promise.all([
    import('@spinekind/core/password-policy'),
    import('@spinekind/core/locales'),
  ]);
  return assessPassword(password, {
    ...(email ? { email } : {}),
    locale: isLocale(i18next.language) ? i18next.language : 'en',
  });
}

/** Starts loading the policy and its word lists, so the meter answers as soon as she types. */
export function warmPasswordPolicy(): void {
  void assessNewPassword('').catch(() => undefined);
}

/**
 * For a form's save: refuses a new password the policy refuses, with its message (as the server would word
 * it) beside `field`, before anything is sent.
 */
export async function checkNewPassword(field: string, password: string, email?: string): Promise<void> {
  const assessment = await assessNewPassword(password, email);
  if (assessment.problem && assessment.message) throw new FieldProblems({ [field]: assessment.message });
}

/** How long typing must pause before the password is assessed again. */
const DEBOUNCE_MS = 250;

/** The assessment of what she is typing, debounced; undefined while empty or not assessed yet. */
export function usePasswordAssessment(
  password: string,
  email: string | undefined,
  enabled: boolean,
): PasswordAssessment | undefined {
  const [result, setResult] = useState<{ password: string; assessment: PasswordAssessment }>();
  useEffect(() => {
    if (!enabled || password === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      assessNewPassword(password, email).then(
        (assessment) => current && setResult({ password, assessment }),
        // The meter is a help, not a gate: the form checks again on submit, and the server always does.
        () => undefined,
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [password, email, enabled]);
  // A stale answer (for what she typed before) is still shown until the new one arrives, so the meter
  // doesn't flicker; an emptied field shows nothing.
  return enabled && password !== '' ? result?.assessment : undefined;
}
