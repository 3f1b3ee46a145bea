import { type NewAccessToken, type TokenScope, tokenInputSchema, tokenScopes } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useFormSubmit } from '../../lib/form';
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
  const _toast = useToast();
  const tokens = useTokens();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read_write');
  const [password, setPassword] = useState('');
  const [days, setDays] = useState('90');
  const { errors, submit } = useFormSubmit({
    explain: (err) =>
      err instanceof ApiError && err.code === 'reauth_required'
        ? { password: t('tokens.passwordWrong') }
        : undefined,
  });
  const [fresh, setFresh] = useState<NewAccessToken | null>(null);

  const onCreate = (e: FormEvent) =>
    submit(e, tokenInputSchema, { name, scope, password, expiresInDays: Number(days) }, async (data) => {
      setFresh(await tokens.create.mutateAsync(data));
      setName('');
      setPassword('');
    });

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
