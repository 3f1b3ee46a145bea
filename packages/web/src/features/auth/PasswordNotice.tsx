import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Button } from '../../ui/Button';
import { dismissPasswordNotice, passwordNoticeDismissed } from './password-notice';
import { useAccount } from './session';
import './password.css';

/** After signing in with a password below today's rules: a calm request to choose a longer one. */
export function PasswordNotice() {
  const { t } = useTranslation();
  const { data: me } = useAccount();
  const { pathname } = useLocation();
  const [dismissed, setDismissed] = useState(passwordNoticeDismissed);
  if (!me?.passwordChangeRequired || dismissed || pathname === '/account/security') return null;
  return (
    <section className="notice stack password-notice" aria-label={t('password.noticeAction')}>
      <p>{t('password.notice')}</p>
      <div className="row">
        <Link className="btn btn-primary" to="/account/security">
          {t('password.noticeAction')}
        </Link>
        <Button
          variant="quiet"
          onClick={() => {
            dismissPasswordNotice();
            setDismissed(true);
          }}
        >
          {t('password.noticeLater')}
        </Button>
      </div>
    </section>
  );
}
