import type { SignupMode } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '../../ui/Page';

/** Under the form: the way to the other form, as far as this server takes new accounts. */
export function SignupLinks({ isSignUp, offer }: { isSignUp: boolean; offer: SignupMode }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (isSignUp)
    return (
      <p>
        {t('auth.haveAccount')}{' '}
        <Link to="/signin" state={location.state}>
          {t('auth.toSignIn')}
        </Link>
      </p>
    );
  if (offer === 'closed') return null;
  return (
    <p>
      {offer === 'invite' ? t('auth.inviteOnly') : t('auth.noAccount')}{' '}
      <Link to="/signup" state={location.state}>
        {offer === 'invite' ? t('auth.haveInvite') : t('auth.toSignUp')}
      </Link>
    </p>
  );
}

/** Sign-up on a server that takes no new accounts: say so, and who can help. */
export function SignupClosed({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      <p className="notice" role="status">
        {t('auth.signupClosed')}
      </p>
      <p>
        {t('auth.haveAccount')} <Link to="/signin">{t('auth.toSignIn')}</Link>
      </p>
    </Page>
  );
}
