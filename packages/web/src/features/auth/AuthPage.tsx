import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError, fieldErrors, NetworkError, zodFieldErrors } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';

/**
 * The form's rules (zod, from core) and the session code (which clears the device's database) load
 * while she types, so a first visit shows the form without them.
 */
const loadAuth = () => Promise.all([import('@spinekind/core/auth'), import('./api')]);

/** Sign in and sign up share one form; the path decides which. */
export function Component() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const isSignUp = location.pathname === '/signup';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadAuth().catch(() => undefined);
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage('');
    setBusy(true);
    try {
      const [{ loginSchema, registerSchema }, { authenticate }] = await loadAuth();
      const parsed = (isSignUp ? registerSchema : loginSchema).safeParse({ email, password });
      if (!parsed.success) {
        setErrors(zodFieldErrors(parsed.error));
        return;
      }
      setErrors({});
      await authenticate(isSignUp ? 'register' : 'login', parsed.data, client);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/signin' ? from : '/', { replace: true });
    } catch (err) {
      if (err instanceof NetworkError) setMessage(t(err.deviceOnline ? 'auth.serverDown' : 'auth.offline'));
      else if (err instanceof ApiError) {
        setErrors(fieldErrors(err.details));
        setMessage(err.message);
      } else setMessage(t('errors.generic'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={isSignUp ? t('auth.signUpTitle') : t('auth.signInTitle')}>
      {(location.state as { expired?: boolean } | null)?.expired && !isSignUp ? (
        <p className="notice" role="status">
          {t('auth.expired')}
        </p>
      ) : (
        <p className="muted">{t('auth.intro')}</p>
      )}
      <form className="stack card" onSubmit={submit} noValidate>
        <Field
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          required
        />
        <Field
          label={t('auth.password')}
          type="password"
          autoComplete={isSignUp ? 'new-password' : 'current-password'}
          hint={isSignUp ? t('auth.passwordHint') : undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          required
        />
        {message && (
          <p className="error" role="alert">
            {message}
          </p>
        )}
        <Button type="submit" variant="primary" wide disabled={busy}>
          {busy ? t('auth.working') : isSignUp ? t('auth.signUp') : t('auth.signIn')}
        </Button>
      </form>
      <p>
        {isSignUp ? t('auth.haveAccount') : t('auth.noAccount')}{' '}
        <Link to={isSignUp ? '/signin' : '/signup'} state={location.state}>
          {isSignUp ? t('auth.toSignIn') : t('auth.toSignUp')}
        </Link>
      </p>
    </Page>
  );
}
