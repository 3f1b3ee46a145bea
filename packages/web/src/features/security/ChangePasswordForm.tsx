import { changePasswordSchema } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useFormSubmit } from '../../lib/form';
import { Button } from '../../ui/Button';
import { Message } from '../../ui/Message';
import { PasswordField } from '../auth/PasswordField';
import { checkNewPassword } from '../auth/password-check';
import { useSession } from '../auth/session';
import type { useSecurity } from './api';

/** Change password: her current one, then a new one the policy accepts. Other devices are signed out. */
export function ChangePasswordForm({ security }: { security: ReturnType<typeof useSecurity> }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [changed, setChanged] = useState(false);
  // A field's problem is told beside the field; the message says only that nothing changed.
  const form = useFormSubmit({
    problemAs: 'inline',
    invalid: t('security.notChanged'),
    explain: (err) =>
      err instanceof ApiError && err.code === 'reauth_required'
        ? { currentPassword: t('security.currentWrong') }
        : undefined,
  });

  async function submit(e: FormEvent) {
    setChanged(false);
    const input = { currentPassword: current, newPassword: next };
    const saved = await form.submit(e, changePasswordSchema, input, async (data) => {
      await checkNewPassword('newPassword', data.newPassword, user?.email);
      await security.changePassword.mutateAsync(data);
    });
    if (!saved) return;
    setCurrent('');
    setNext('');
    setChanged(true);
  }

  return (
    <form className="card stack" aria-labelledby="change-password" onSubmit={submit} noValidate>
      <h2 id="change-password">{t('security.passwordTitle')}</h2>
      <p>{t('security.passwordIntro')}</p>
      {/* For password managers: whose password this is. */}
      <input type="email" autoComplete="username" value={user?.email ?? ''} readOnly hidden />
      <PasswordField
        label={t('security.currentPassword')}
        purpose="current"
        value={current}
        onChange={setCurrent}
        error={form.errors.currentPassword}
      />
      <PasswordField
        label={t('security.newPassword')}
        purpose="new"
        email={user?.email}
        hint={t('password.newHint')}
        value={next}
        onChange={setNext}
        error={form.errors.newPassword}
      />
      {form.problem ? (
        <Message text={form.problem} tone="error" />
      ) : (
        <Message text={changed ? t('security.passwordChanged') : ''} tone="done" />
      )}
      <Button type="submit" variant="primary" disabled={form.saving}>
        {form.saving ? t('auth.working') : t('security.changePassword')}
      </Button>
    </form>
  );
}
