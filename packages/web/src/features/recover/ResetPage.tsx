import { resetPasswordSchema } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../lib/api';
import { useFormSubmit } from '../../lib/form';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { PasswordField } from '../auth/PasswordField';
import { checkNewPassword } from '../auth/password-check';
import { resetPassword } from '../auth/public-api';

/** A reset link (`/reset/:token`): choose a new password, then sign in with it. */
export function Component() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [refused, setRefused] = useState(false);
  const form = useFormSubmit({
    problemAs: 'inline',
    signedOut: true,
    onFailure: (err) => setRefused(err instanceof ApiError && err.code === 'reset_invalid'),
  });

  async function submit(e: FormEvent) {
    await form.submit(e, resetPasswordSchema, { token, newPassword: password }, async (data) => {
      await checkNewPassword('newPassword', data.newPassword);
      await resetPassword(data.token, data.newPassword);
      navigate('/signin', { replace: true, state: { passwordReset: true } });
    });
  }

  // A link the server no longer takes (used, expired) or one cut short in her mail.
  if (refused || form.errors.token)
    return (
      <Page title={t('recover.resetTitle')}>
        <div className="notice stack" role="alert">
          <p>{t('recover.invalid')}</p>
          <p>
            <Link to="/forgot">{t('recover.askAgain')}</Link>
          </p>
        </div>
      </Page>
    );

  return (
    <Page title={t('recover.resetTitle')}>
      <form className="card stack" onSubmit={submit} noValidate>
        <p>{t('recover.resetIntro')}</p>
        <PasswordField
          label={t('recover.newPassword')}
          purpose="new"
          hint={t('password.newHint')}
          value={password}
          onChange={setPassword}
          error={form.errors.newPassword || form.problem || undefined}
        />
        <Button type="submit" variant="primary" wide disabled={form.saving}>
          {form.saving ? t('auth.working') : t('recover.save')}
        </Button>
      </form>
    </Page>
  );
}
