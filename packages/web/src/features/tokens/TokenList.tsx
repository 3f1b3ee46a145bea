import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { formatMoment } from '../../lib/format';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import type { useTokens } from './api';

const when = (iso: string) => formatMoment(iso, { time: false });

/** The user's tokens with name, scope, dates and a revoke button that asks first. */
export function TokenList({ tokens }: { tokens: ReturnType<typeof useTokens> }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [confirming, setConfirming] = useState<string | null>(null);
  const items = tokens.list.data ?? [];

  async function revoke(id: string) {
    try {
      await tokens.revoke.mutateAsync(id);
      setConfirming(null);
      toast(t('tokens.revoked'));
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  }

  return (
    <section className="stack" aria-labelledby="token-list">
      <h2 id="token-list">{t('tokens.listTitle')}</h2>
      {tokens.list.isPending && <p>{t('tokens.loading')}</p>}
      {tokens.list.isError && (
        <p className="notice" role="alert">
          {problemMessage(tokens.list.error, t)}
        </p>
      )}
      {tokens.list.isSuccess && items.length === 0 && <p className="muted">{t('tokens.none')}</p>}
      <ul className="entries">
        {items.map((tok) => (
          <li key={tok.id} className="card entry" data-testid="token">
            <div className="entry-main">
              <p>
                <b>{tok.name}</b> · {t(`tokens.scopes.${tok.scope}`)}
              </p>
              <p className="muted">
                {t('tokens.createdOn', { date: when(tok.createdAt) })} ·{' '}
                {t(new Date(tok.expiresAt) <= new Date() ? 'tokens.expired' : 'tokens.expires', {
                  date: when(tok.expiresAt),
                })}{' '}
                ·{' '}
                {tok.lastUsedAt
                  ? t('tokens.lastUsed', { date: when(tok.lastUsedAt) })
                  : t('tokens.neverUsed')}
              </p>
              {confirming === tok.id && (
                <div className="notice stack" role="alert">
                  <p>{t('tokens.revokeConfirm', { name: tok.name })}</p>
                  <div className="row">
                    <Button
                      variant="danger"
                      onClick={() => void revoke(tok.id)}
                      disabled={tokens.revoke.isPending}
                    >
                      {t('tokens.revokeYes')}
                    </Button>
                    <Button onClick={() => setConfirming(null)}>{t('tokens.keep')}</Button>
                  </div>
                </div>
              )}
            </div>
            {confirming !== tok.id && (
              <div className="entry-actions">
                <Button
                  variant="quiet"
                  aria-label={t('tokens.revokeLabel', { name: tok.name })}
                  onClick={() => setConfirming(tok.id)}
                >
                  {t('tokens.revoke')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
