import { type NewAccessToken, type TokenScope, tokenInputSchema, tokenScopes } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemMessage, zodFieldErrors } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { PasswordField } from '../auth/PasswordField';
import { useTokens } from './api';
import { NewSecret } from './NewSecret';
import { TokenExamples } from './TokenExamples';
import { TokenList } from './TokenList';
import './tokens.css';

/** How long a new token works, in days (the server allows 1–365, default 90). */
const TOKEN_DAYS = [30, 90, 180, 365] as const;

/** Personal access tokens: create one (its secret shown once), see and revoke them, and how to use one. */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const tokens = useTokens();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read_write');
  const [password, setPassword] = useState('');
  const [days, setDays] = useState('90');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [fresh, setFresh] = useState<NewAccessToken | null>(null);

  async function onCreate(e: FormEvent) {
    e.preventDefault();
    const parsed = tokenInputSchema.safeParse({ name, scope, password, expiresInDays: Number(days) });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    try {
      setFresh(await tokens.create.mutateAsync(parsed.data));
      setName('');
      setPassword('');
    } catch (err) {
      if (err instanceof ApiError && err.code === 'reauth_required')
        return setErrors({ password: t('tokens.passwordWrong') });
      toast(problemMessage(err, t), { tone: 'error' });
    }
  }

  return (
    <Page title={t('tokens.title')} back={{ to: '/data', label: t('data.title') }}>
      <p>{t('tokens.intro')}</p>
      {fresh ? (
        <NewSecret token={fresh} onDone={() => setFresh(null)} />
      ) : (
        <form className="card stack" onSubmit={onCreate} noValidate aria-labelledby="token-create">
          <h2 id="token-create">{t('tokens.createTitle')}</h2>
          <Field
            label={t('tokens.name')}
            hint={t('tokens.nameHint')}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
          />
          <Select
            label={t('tokens.scope')}
            value={scope}
            onChange={(v) => setScope(v as TokenScope)}
            options={tokenScopes.map((s) => ({ value: s, label: t(`tokens.scopes.${s}`) }))}
          />
          <Select
            label={t('tokens.expiry')}
            hint={t('tokens.expiryHint')}
            value={days}
            onChange={setDays}
            options={TOKEN_DAYS.map((d) => ({ value: String(d), label: t('tokens.days', { count: d }) }))}
          />
          <PasswordField
            label={t('tokens.password')}
            hint={t('tokens.passwordHint')}
            purpose="current"
            value={password}
            onChange={setPassword}
            error={errors.password}
          />
          <Button type="submit" variant="primary" disabled={tokens.create.isPending}>
            {t('tokens.create')}
          </Button>
          <p className="hint">{t('tokens.limits')}</p>
        </form>
      )}
      <TokenList tokens={tokens} />
      <TokenExamples />
    </Page>
  );
}
