import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, fieldErrors, signedOutProblem } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { PasswordField } from '../auth/PasswordField';
import { newPasswordProblem } from '../auth/password-check';
import { resetPassword } from '../auth/public-api';

/** A reset link (`/reset/:token`): choose a new password, then sign in with it. */
export function Component() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setBusy(true);
    try {
      const weak = await newPasswordProblem(password);
      if (weak) return setError(weak);
      await resetPassword(token, password);
      navigate('/signin', { replace: true, state: { passwordReset: true } });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'reset_invalid') setInvalid(true);
      else if (err instanceof ApiError && err.details.length > 0)
        setError(Object.values(fieldErrors(err.details))[0] ?? err.message);
      else setError(signedOutProblem(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('recover.resetTitle')}>
      {invalid ? (
        <div className="notice stack" role="alert">
          <p>{t('recover.invalid')}</p>
          <p>
            <Link to="/forgot">{t('recover.askAgain')}</Link>
          </p>
        </div>
      ) : (
        <form className="card stack" onSubmit={submit} noValidate>
          <p>{t('recover.resetIntro')}</p>
          <PasswordField
            label={t('recover.newPassword')}
            purpose="new"
            hint={t('password.newHint')}
            value={password}
            onChange={setPassword}
            error={error || undefined}
          />
          <Button type="submit" variant="primary" wide disabled={busy}>
            {busy ? t('auth.working') : t('recover.save')}
          </Button>
        </form>
      )}
    </Page>
  );
}
