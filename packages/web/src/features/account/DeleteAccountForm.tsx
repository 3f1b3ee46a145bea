import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { deleteAccount } from '../auth/api';
import { PasswordField } from '../auth/PasswordField';

/** Delete the account and all its data, after the password; shared by More and the privacy page. */
export function DeleteAccountForm({ headingId = 'delete', title }: { headingId?: string; title?: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function onDelete(e: FormEvent) {
    e.preventDefault();
    setError('');
    setBusy(true);
    try {
      await deleteAccount(password, client);
      toast(t('more.deleted'));
      navigate('/signin', { replace: true });
    } catch (err) {
      setError(problemMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card stack" aria-labelledby={headingId} onSubmit={onDelete} noValidate>
      <h2 id={headingId}>{title ?? t('more.deleteTitle')}</h2>
      <p>{t('more.deleteText')}</p>
      <PasswordField
        label={t('more.deletePassword')}
        purpose="current"
        value={password}
        onChange={setPassword}
        error={error || undefined}
      />
      <Button type="submit" variant="danger" disabled={busy || password.length === 0}>
        {t('more.deleteButton')}
      </Button>
    </form>
  );
}
