import type { Share } from '@spinekind/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { formatDayRange, formatMoment } from '../../lib/format';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import type { useShares } from './api';

const day = (iso: string) => formatMoment(iso, { time: false });

/** Where a link stands: turned off, closed by wrong passcodes, expired, or working until when. */
function status(share: Share, t: TFunction): string {
  if (share.revokedAt) return t('shares.revokedOn', { date: day(share.revokedAt) });
  if (share.locked) return t('shares.locked');
  if (new Date(share.expiresAt) <= new Date()) return t('shares.expired', { date: day(share.expiresAt) });
  return t('shares.expires', { date: formatMoment(share.expiresAt) });
}

const isLive = (s: Share) => !s.revokedAt && !s.locked && new Date(s.expiresAt) > new Date();

/** Her links, newest first: what each shares, its state, every opening, and "Turn off" (asks first). */
export function ShareList({ shares }: { shares: ReturnType<typeof useShares> }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [confirming, setConfirming] = useState<string | null>(null);
  const items = shares.list.data ?? [];

  async function revoke(id: string) {
    try {
      await shares.revoke.mutateAsync(id);
      setConfirming(null);
      toast(t('shares.revoked'));
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  }

  return (
    <section className="stack" aria-labelledby="share-list">
      <h2 id="share-list">{t('shares.listTitle')}</h2>
      {shares.list.isPending && <p>{t('shares.loading')}</p>}
      {shares.list.isError && (
        <p className="notice" role="alert">
          {problemMessage(shares.list.error, t)}
        </p>
      )}
      {shares.list.isSuccess && items.length === 0 && <p className="muted">{t('shares.none')}</p>}
      <ul className="entries">
        {items.map((s) => {
          const name = s.label ?? t('shares.untitled');
          return (
            <li key={s.id} className="card entry" data-testid="share">
              <div className="entry-main">
                <p>
                  <b>{name}</b> · {t('shares.covers', { range: formatDayRange(s.from, s.to) })}
                  {s.hasPasscode && ` · ${t('shares.withPasscode')}`}
                  {s.includeNotes && ` · ${t('shares.withNotes')}`}
                </p>
                <p className="muted" data-testid="share-status">
                  {t('shares.createdOn', { date: day(s.createdAt) })} · {status(s, t)}
                </p>
                <Openings accesses={s.accesses} />
                {confirming === s.id && (
                  <div className="notice stack" role="alert">
                    <p>{t('shares.revokeConfirm', { name })}</p>
                    <div className="row">
                      <Button
                        variant="danger"
                        onClick={() => void revoke(s.id)}
                        disabled={shares.revoke.isPending}
                      >
                        {t('shares.revokeYes')}
                      </Button>
                      <Button onClick={() => setConfirming(null)}>{t('shares.keep')}</Button>
                    </div>
                  </div>
                )}
              </div>
              {confirming !== s.id && isLive(s) && (
                <div className="entry-actions">
                  <Button
                    variant="quiet"
                    aria-label={t('shares.revokeLabel', { name })}
                    onClick={() => setConfirming(s.id)}
                  >
                    {t('shares.revoke')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Openings({ accesses }: { accesses: Share['accesses'] }) {
  const { t } = useTranslation();
  if (accesses.length === 0) return <p className="muted">{t('shares.notOpened')}</p>;
  return (
    <details className="share-openings">
      <summary>{t('shares.openings', { count: accesses.length })}</summary>
      <ul>
        {accesses.map((a) => (
          <li key={a.at}>
            {formatMoment(a.at)} · <span className="muted">{a.userAgent ?? t('shares.unknownBrowser')}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
