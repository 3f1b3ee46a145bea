import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useToast } from '../ui/Toast';
import { ApiError, fieldErrors, problemMessage, signedOutProblem, zodFieldErrors } from './api';

export interface FormSubmitOptions {
  /**
   * Where a failed save's message goes: a toast (the default, for short forms on a page) or the form's own
   * `problem` line (for forms that stay open while she fixes them). Field errors show beside the fields either way.
   */
  problemAs?: 'toast' | 'inline';
  /** A failure this form words itself (e.g. a wrong password): answers the field errors to show, or undefined. */
  explain?: (err: unknown) => Record<string, string> | undefined;
  /**
   * The problem line shown whenever field errors are shown: found by the schema, by a check in `save`
   * (`FieldProblems`) or by `explain` (long forms, where a field may be out of view, and forms that say what
   * did not happen, e.g. "Your password is not changed").
   */
  invalid?: string;
  /** A form seen signed out (sign-in, reset): offline and server-down are worded for that, nothing waits. */
  signedOut?: boolean;
  /** Runs after a failed save has been shown (e.g. take another device's newer copy on a 409). */
  onFailure?: (err: unknown) => void;
}

/**
 * Thrown by a form's `save` for what only an async check in the browser finds after the schema (a password
 * the policy refuses): shown beside its fields like the schema's own errors, nothing is sent.
 */
export class FieldProblems extends Error {
  constructor(readonly fields: Record<string, string>) {
    super('field problems');
  }
}

/**
 * The plumbing every form shares: check the input with its zod schema in the browser, show the field errors
 * beside the fields, save, and on failure show the server's field errors and its message. `submit` answers
 * whether the save went through, so the form can reset or move on.
 */
export function useFormSubmit({
  problemAs = 'toast',
  explain,
  invalid,
  signedOut,
  onFailure,
}: FormSubmitOptions = {}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);

  async function submit<S extends z.ZodType>(
    event: FormEvent | undefined,
    schema: S,
    input: unknown,
    save: (data: z.output<S>) => Promise<unknown>,
  ): Promise<boolean> {
    event?.preventDefault();
    setProblem('');
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      if (invalid) setProblem(invalid);
      return false;
    }
    setErrors({});
    setSaving(true);
    try {
      await save(parsed.data);
      return true;
    } catch (err) {
      const own = err instanceof FieldProblems ? err.fields : explain?.(err);
      if (own) {
        setErrors(own);
        if (invalid) setProblem(invalid);
        return false;
      }
      const onFields = err instanceof ApiError ? fieldErrors(err.details) : {};
      setErrors(onFields);
      const message =
        invalid && Object.keys(onFields).length > 0
          ? invalid
          : (signedOut ? signedOutProblem : problemMessage)(err, t);
      if (problemAs === 'inline') setProblem(message);
      else toast(message, { tone: 'error' });
      onFailure?.(err);
      return false;
    } finally {
      setSaving(false);
    }
  }

  const reset = () => {
    setErrors({});
    setProblem('');
  };
  return { errors, setErrors, problem, saving, submit, reset };
}
