import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors, problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Message } from '../../ui/Message';
import { PasswordField } from '../auth/PasswordField';
import { newPasswordProblem } from '../auth/password-check';
import { useSession } from '../auth/session';
import type { useSecurity } from './api';

/** Change password: her current one, then a new one the policy accepts. Other devices are signed out. */
export function ChangePasswordForm({ security }: { security: ReturnType<typeof useSecurity> }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; tone: 'done' | 'error' }>({
    text: '',
    tone: 'done',
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage({ text: '', tone: 'done' });
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = t('security.currentMissing');
    const weak = await newPasswordProblem(next, user?.email);
    if (weak) found.newPassword = weak;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await security.changePassword.mutateAsync({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setMessage({ text: t('security.passwordChanged'), tone: 'done' });
    } catch (err) {
      // A field's problem is told beside the field; the message says only that nothing changed.
      const fields =
        err instanceof ApiError && err.code === 'reauth_required'
          ? { currentPassword: t('security.currentWrong') }
          : err instanceof ApiError && err.status === 400
            ? fieldErrors(err.details)
            : {};
      setErrors(fields);
      const onField = Object.keys(fields).length > 0;
      setMessage({ text: onField ? t('security.notChanged') : problemMessage(err, t), tone: 'error' });
    }
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
        error={errors.currentPassword}
      />
      <PasswordField
        label={t('security.newPassword')}
        purpose="new"
        email={user?.email}
        hint={t('password.newHint')}
        value={next}
        onChange={setNext}
        error={errors.newPassword}
      />
      <Message {...message} />
      <Button type="submit" variant="primary" disabled={security.changePassword.isPending}>
        {security.changePassword.isPending ? t('auth.working') : t('security.changePassword')}
      </Button>
    </form>
  );
}
