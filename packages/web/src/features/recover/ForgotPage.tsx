import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { signedOutProblem } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Message } from '../../ui/Message';
import { Page } from '../../ui/Page';
import { EmailField } from '../auth/EmailField';
import { requestReset, useSignupInfo } from '../auth/public-api';

/**
 * Forgotten password. With mail set up, she asks for a link and always gets the same calm answer (it never
 * says whether the email has an account); without, the person who runs the server makes the link.
 */
export function Component() {
  const { t } = useTranslation();
  const info = useSignupInfo();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    const { emailSchema } = await import('@spinekind/core');
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? t('errors.generic'));
    setBusy(true);
    try {
      await requestReset(parsed.data);
      setSent(true);
    } catch (err) {
      setError(signedOutProblem(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('recover.forgotTitle')} back={{ to: '/signin', label: t('auth.signInTitle') }}>
      {!info.data && !info.error && <p>{t('app.loading')}</p>}
      {info.data?.resetByEmail === false && (
        <div className="card stack">
          <p>{t('recover.askAdmin')}</p>
          <p className="hint">{t('recover.askAdminHow')}</p>
          <pre className="code">
            <code>npm run admin -- reset-link {email || t('recover.yourEmail')}</code>
          </pre>
        </div>
      )}
      {sent && <Message text={t('recover.sent')} tone="done" />}
      {(info.data?.resetByEmail || info.error !== undefined) && !sent && (
        <form className="card stack" onSubmit={submit} noValidate>
          <p>{t('recover.forgotIntro')}</p>
          <EmailField value={email} onChange={setEmail} error={error || undefined} />
          <Button type="submit" variant="primary" wide disabled={busy}>
            {busy ? t('auth.working') : t('recover.send')}
          </Button>
        </form>
      )}
      <p>
        <Link to="/signin">{t('recover.backToSignIn')}</Link>
      </p>
    </Page>
  );
}
