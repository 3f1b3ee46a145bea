import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { WithQueries } from '../../app/query-client';
import { ApiError, problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useSharedReport } from './api';
import { SharedReportView } from './SharedReport';
import '../../app/layout.css';
import './shares.css';

/**
 * The page a share link opens, for anyone holding it: no account, no app navigation, never indexed. Asks for
 * the passcode when the link has one, then shows her report read-only.
 */
export function Component() {
  return (
    <WithQueries>
      <SharedPage />
    </WithQueries>
  );
}

function SharedPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [passcode, setPasscode] = useState('');
  const report = useSharedReport(token, passcode);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${t('shared.title')} · Spinekind`;
  }, [t]);

  const error = report.error;
  const needsPasscode =
    error instanceof ApiError && (error.code === 'passcode_required' || error.code === 'passcode_wrong');
  const gone = error instanceof ApiError && error.status === 404;

  return (
    <div className="shell shell-public shared-page">
      {/* React puts these in <head>: the page holds someone's health diary. */}
      <meta name="robots" content="noindex, nofollow" />
      <meta name="referrer" content="no-referrer" />
      <main className="main" id="main">
        <div className="shared-header">
          <img src="/icon.svg" alt="" />
          <span>{t('app.name')}</span>
        </div>
        <h1 ref={heading} tabIndex={-1}>
          {gone ? t('shared.gone') : t('shared.title')}
        </h1>
        {report.isPending && <p>{t('shared.loading')}</p>}
        {gone && <p data-testid="shared-gone">{t('shared.goneText')}</p>}
        {needsPasscode && (
          <PasscodeForm
            wrong={error.code === 'passcode_wrong' ? (error.remainingAttempts ?? 0) : undefined}
            onSubmit={setPasscode}
          />
        )}
        {error && !gone && !needsPasscode && (
          <p className="notice" role="alert">
            {problemMessage(error, t)}
          </p>
        )}
        {report.data && <SharedReportView token={token} passcode={passcode} shared={report.data} />}
        <footer className="footer">
          <p className="muted">{t('shared.footer')}</p>
        </footer>
      </main>
    </div>
  );
}

function PasscodeForm({ wrong, onSubmit }: { wrong: number | undefined; onSubmit(passcode: string): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!value) return setMissing(true);
    setMissing(false);
    onSubmit(value);
    setValue('');
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="shared-passcode">
      <h2 id="shared-passcode">{t('shared.passcodeTitle')}</h2>
      <p>{t('shared.passcodeText')}</p>
      <Field
        label={t('shared.passcode')}
        type="password"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={
          missing
            ? t('shared.passcodeMissing')
            : wrong !== undefined
              ? t('shared.wrong', { count: wrong })
              : undefined
        }
      />
      <Button type="submit" variant="primary">
        {t('shared.open')}
      </Button>
    </form>
  );
}
