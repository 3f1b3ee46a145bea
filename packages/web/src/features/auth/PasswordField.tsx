import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePasswordAssessment, warmPasswordPolicy } from './password-check';
import './password.css';

interface PasswordFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** `current`: a password she already has (no meter). `new`: one she is choosing (meter and policy). */
  purpose: 'current' | 'new';
  /** Her email, so the meter can say when a new password contains it. */
  email?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * Every password input of the app: a show/hide toggle (a real toggle button that keeps focus), the right
 * autocomplete, a Caps Lock hint, and for a new password a strength meter with the policy's own words in
 * a polite live region.
 */
export function PasswordField({
  label,
  value,
  onChange,
  purpose,
  email,
  hint,
  error,
  disabled,
}: PasswordFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const isNew = purpose === 'new';
  const assessment = usePasswordAssessment(value, email, isNew);
  useEffect(() => {
    if (isNew) warmPasswordPolicy();
  }, [isNew]);
  const feedback = assessment?.problem
    ? assessment.message
    : (assessment?.suggestions[0] ?? (assessment ? t('password.accepted') : ''));
  const level = assessment ? (assessment.problem ? 'refused' : String(assessment.score)) : '';
  const describedBy = [hint ? `${id}-hint` : '', `${id}-live`, error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const watchCaps = (e: KeyboardEvent<HTMLInputElement>) => setCapsLock(e.getModifierState('CapsLock'));

  return (
    <div className="field password-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className="password-input">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          autoComplete={isNew ? 'new-password' : 'current-password'}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={watchCaps}
          onKeyUp={watchCaps}
          onBlur={() => setCapsLock(false)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <button
          type="button"
          className="password-toggle"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown((s) => !s)}
        >
          <EyeIcon crossed={shown} />
          {/* Its name is "Show password" (pressed or not); phones see "Show" to leave the field its width. */}
          {t('password.showShort')}
          <span className="visually-hidden"> {t('password.showRest')}</span>
        </button>
      </div>
      {isNew && (
        <div className="strength" data-level={level} aria-hidden={assessment ? undefined : true}>
          <span className="strength-bar" aria-hidden="true">
            <span />
            <span />
            <span />
            <span />
          </span>
          {assessment && (
            <span className="strength-text" data-testid="password-strength">
              {t('password.strength', { level: t(`password.levels.${level}`) })}
            </span>
          )}
        </div>
      )}
      <p id={`${id}-live`} className="hint password-live" aria-live="polite">
        {capsLock && <span className="caps">{t('password.capsLock')} </span>}
        {isNew && feedback !== error && feedback}
      </p>
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </div>
  );
}

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      aria-hidden="true"
    >
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      {crossed && <path d="M4 4l16 16" />}
    </svg>
  );
}
