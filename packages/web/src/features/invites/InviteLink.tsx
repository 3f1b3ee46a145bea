import type { NewInvite } from '@spinekind/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../lib/format';
import { Button } from '../../ui/Button';

/** A new invite's link, shown once: a Copy button, and the text selected for copying by hand if that fails. */
export function InviteLink({ invite, onDone }: { invite: NewInvite; onDone(): void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'' | 'done' | 'by-hand'>('');
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(invite.url);
      setCopied('done');
    } catch {
      input.current?.focus();
      input.current?.select();
      setCopied('by-hand');
    }
  }

  return (
    <section className="card stack invite-new" aria-labelledby="invite-new">
      <h2 id="invite-new" ref={heading} tabIndex={-1}>
        {t('invites.created')}
      </h2>
      <p>
        {t('invites.sendIt', {
          date: formatMoment(invite.expiresAt),
        })}
      </p>
      <label htmlFor="invite-url">{t('invites.linkLabel')}</label>
      <input
        id="invite-url"
        ref={input}
        className="secret-value"
        readOnly
        value={invite.url}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="invite-url"
      />
      <p className="hint" role="status">
        {copied === 'done' ? t('invites.copied') : copied === 'by-hand' ? t('invites.copyByHand') : ''}
      </p>
      <div className="row">
        <Button variant="primary" onClick={() => void copy()}>
          {t('invites.copy')}
        </Button>
        <Button onClick={onDone}>{t('invites.done')}</Button>
      </div>
    </section>
  );
}
