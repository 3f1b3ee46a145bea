import type { Invite } from '@spinekind/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ago } from '../../lib/ago';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { inviteStatus, type useInvites } from './api';

/** Her invites, newest first, each waiting, used or expired; a waiting one can be revoked (after a confirm). */
export function InviteList({
  invites,
  onMessage,
}: {
  invites: ReturnType<typeof useInvites>;
  onMessage(text: string, tone: 'done' | 'error'): void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const items = invites.list.data ?? [];
  const now = new Date();

  async function revoke(invite: Invite) {
    try {
      await invites.revoke.mutateAsync(invite.id);
      setConfirming(null);
      onMessage(t('invites.revoked'), 'done');
    } catch (err) {
      onMessage(problemMessage(err, t), 'error');
    }
  }

  return (
    <section className="stack" aria-labelledby="invite-list">
      <h2 id="invite-list">{t('invites.listTitle')}</h2>
      {invites.list.isPending && <p>{t('invites.loading')}</p>}
      {invites.list.isError && (
        <p className="notice" role="alert">
          {problemMessage(invites.list.error, t)}
        </p>
      )}
      {invites.list.isSuccess && items.length === 0 && <p className="muted">{t('invites.none')}</p>}
      <ul className="entries">
        {items.map((invite) => {
          const status = inviteStatus(invite, now);
          const created = ago(invite.createdAt);
          return (
            <li key={invite.id} className="card entry" data-testid="invite">
              <div className="entry-main">
                <p>
                  <b>{t('invites.createdAgo', { when: created })}</b>{' '}
                  <span className={`badge invite-${status}`}>{t(`invites.status.${status}`)}</span>
                </p>
                <p className="muted">
                  {status === 'used' && invite.usedAt
                    ? t('invites.usedAgo', { when: ago(invite.usedAt) })
                    : t(status === 'expired' ? 'invites.expiredAgo' : 'invites.expiresIn', {
                        when: ago(invite.expiresAt),
                      })}
                </p>
                {confirming === invite.id && (
                  <div className="notice stack" role="alert">
                    <p>{t('invites.revokeConfirm')}</p>
                    <div className="row">
                      <Button
                        variant="danger"
                        onClick={() => void revoke(invite)}
                        disabled={invites.revoke.isPending}
                      >
                        {t('invites.revokeYes')}
                      </Button>
                      <Button onClick={() => setConfirming(null)}>{t('invites.keep')}</Button>
                    </div>
                  </div>
                )}
              </div>
              {status === 'waiting' && confirming !== invite.id && (
                <div className="entry-actions">
                  <Button
                    variant="quiet"
                    aria-label={t('invites.revokeLabel', { when: created })}
                    onClick={() => setConfirming(invite.id)}
                  >
                    {t('invites.revoke')}
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
