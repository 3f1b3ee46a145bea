import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, fieldErrors, signedOutProblem, zodFieldErrors } from '../../lib/api';
import { FieldProblems } from '../../lib/form';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import type { HeldChanges } from './api';
import { EmailField } from './EmailField';
import { HeldChangesPanel } from './HeldChanges';
import { PasswordField } from './PasswordField';
import { checkNewPassword } from './password-check';
import { inviteTokenFrom, signupOffer, useSignupInfo } from './public-api';
import { SignupClosed, SignupLinks } from './SignupLinks';

/**
 * The form's rules (zod, from core) and the session code (which clears the device's database) load once
 * she starts on the form (a field takes focus), so a first visit shows the form without downloading or
 * running them; a submit without focus (a password manager's) waits for them.
 */
const loadAuth = () => Promise.all([import('@spinekind/core/auth'), import('./api')]);

/** Answers to registering that deserve our own words rather than the server's. */
const inviteProblems = new Set(['invite_required', 'invite_invalid', 'signup_closed']);

type AuthState = { from?: string; expired?: boolean; passwordReset?: boolean } | null;

/**
 * Sign in, sign up and join with an invite share one form; the path decides which. Its plumbing is its own,
 * not `useFormSubmit`: the schemas load once she starts on the form (first-load budget), and a device
 * holding another person's unsaved changes turns the answer into a choice (`HeldChangesPanel`), not an error.
 */
export function Component() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { token: joinToken } = useParams();
  const signup = useSignupInfo();
  const state = location.state as AuthState;
  const isJoin = joinToken !== undefined;
  const isSignUp = isJoin || location.pathname === '/signup';
  const offer = isJoin ? 'invite' : signupOffer(signup.data);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [invite, setInvite] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState<HeldChanges | null>(null);
  const [notice, setNotice] = useState('');
  const warm = () => void loadAuth().catch(() => undefined);

  function signInAsOwner() {
    if (!held) return;
    setNotice(t('auth.heldAsOwnerNotice', { email: held.maskedEmail }));
    setHeld(null);
    setEmail('');
    setPassword('');
  }

  async function submit(e: FormEvent | null, discardHeld = false) {
    e?.preventDefault();
    setMessage('');
    setBusy(true);
    try {
      const [{ loginSchema, registerSchema }, { authenticate }] = await loadAuth();
      const inviteToken = joinToken ?? (offer === 'invite' ? inviteTokenFrom(invite) : '');
      const input = { email, password, ...(isSignUp && inviteToken ? { inviteToken } : {}) };
      const parsed = (isSignUp ? registerSchema : loginSchema).safeParse(input);
      if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
      setErrors({});
      if (isSignUp) await checkNewPassword('password', password, email);
      await authenticate(isSignUp ? 'register' : 'login', parsed.data, { discardHeld });
      const from = state?.from;
      navigate(from && from !== '/signin' ? from : '/', { replace: true });
    } catch (err) {
      if (err instanceof FieldProblems) setErrors(err.fields);
      else if (err instanceof Error && err.name === 'HeldChanges') setHeld(err as HeldChanges);
      else if (err instanceof ApiError && inviteProblems.has(err.code)) setMessage(t(`auth.${err.code}`));
      else {
        if (err instanceof ApiError) setErrors(fieldErrors(err.details));
        setMessage(signedOutProblem(err, t));
      }
    } finally {
      setBusy(false);
    }
  }

  const title = isJoin ? t('auth.joinTitle') : isSignUp ? t('auth.signUpTitle') : t('auth.signInTitle');
  if (isSignUp && offer === 'closed') return <SignupClosed title={title} />;

  if (held)
    return (
      <Page title={title}>
        <HeldChangesPanel
          held={held}
          busy={busy}
          onSignInAsOwner={signInAsOwner}
          onDiscard={() => void submit(null, true)}
        />
      </Page>
    );

  return (
    <Page title={title}>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : (
        <Intro isSignUp={isSignUp} isJoin={isJoin} state={state} first={signup.data?.firstAccount} />
      )}
      <form className="stack card" onSubmit={submit} onFocus={warm} noValidate>
        <EmailField value={email} onChange={setEmail} error={errors.email} />
        <PasswordField
          label={t('auth.password')}
          purpose={isSignUp ? 'new' : 'current'}
          email={email}
          hint={isSignUp ? t('password.newHint') : undefined}
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        {!isSignUp && (
          <p className="auth-forgot">
            <Link to="/forgot">{t('auth.forgot')}</Link>
          </p>
        )}
        {isSignUp && !isJoin && offer === 'invite' && (
          <Field
            label={t('auth.inviteLink')}
            hint={t('auth.inviteLinkHint')}
            value={invite}
            autoComplete="off"
            onChange={(e) => setInvite(e.target.value)}
            error={errors.inviteToken}
          />
        )}
        {message && (
          <p className="error" role="alert">
            {message}
          </p>
        )}
        <Button type="submit" variant="primary" wide disabled={busy}>
          {busy ? t('auth.working') : isSignUp ? t('auth.signUp') : t('auth.signIn')}
        </Button>
      </form>
      <SignupLinks isSignUp={isSignUp} offer={offer} />
    </Page>
  );
}

function Intro({
  isSignUp,
  isJoin,
  state,
  first,
}: {
  isSignUp: boolean;
  isJoin: boolean;
  state: AuthState;
  first: boolean | undefined;
}) {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState<{ maskedEmail?: string; count: number }>({ count: 0 });
  const expired = !isSignUp && state?.expired;
  useEffect(() => {
    if (expired) void import('./api').then((m) => m.waitingOnDevice()).then(setWaiting, () => undefined);
  }, [expired]);
  if (!isSignUp && state?.passwordReset)
    return (
      <p className="notice" role="status">
        {t('auth.passwordReset')}
      </p>
    );
  if (expired)
    return (
      <p className="notice" role="status">
        {waiting.count && waiting.maskedEmail
          ? t('auth.expiredKept', { count: waiting.count, email: waiting.maskedEmail })
          : t('auth.expired')}
      </p>
    );
  return (
    <>
      <p className="muted">{isJoin ? t('auth.joinIntro') : t('auth.intro')}</p>
      {isSignUp && first && <p className="notice">{t('auth.firstAccount')}</p>}
    </>
  );
}
