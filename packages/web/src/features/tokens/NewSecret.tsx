import type { NewAccessToken } from '@spinekind/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';

/** The secret of a token just created: shown once, with a copy button and a clear warning. */
export function NewSecret({ token, onDone }: { token: NewAccessToken; onDone(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.secret);
      toast(t('tokens.copied'));
    } catch {
      toast(t('tokens.copyFailed'), { tone: 'error' });
    }
  }

  return (
    <section className="card stack token-secret" aria-labelledby="token-new">
      <h2 id="token-new" ref={heading} tabIndex={-1}>
        {t('tokens.created')}
      </h2>
      <p className="notice">{t('tokens.copyNow')}</p>
      <label htmlFor="token-secret-value">{t('tokens.secretLabel', { name: token.name })}</label>
      <input
        id="token-secret-value"
        className="secret-value"
        readOnly
        value={token.secret}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="token-secret"
      />
      <div className="row">
        <Button variant="primary" onClick={() => void copy()}>
          {t('tokens.copy')}
        </Button>
        <Button onClick={onDone}>{t('tokens.dismiss')}</Button>
      </div>
    </section>
  );
}
