import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { HeldChanges } from './api';

const loadApi = () => import('./api');

/**
 * Another account's changes wait on this device: said before anything is cleared, with three ways on —
 * sign in as her (they sync), keep them as a file her account can restore, or discard them after a confirm.
 */
export function HeldChangesPanel({
  held,
  onSignInAsOwner,
  onDiscard,
  busy,
}: {
  held: HeldChanges;
  onSignInAsOwner: () => void;
  onDiscard: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [downloaded, setDownloaded] = useState<number | null>(null);
  const words = { count: held.count, email: held.maskedEmail };

  async function download() {
    const { downloadHeld } = await loadApi();
    setDownloaded(await downloadHeld());
  }

  return (
    <section className="card stack" aria-labelledby="held-title">
      <div role="alert">
        <h2 id="held-title">{t('auth.held', words)}</h2>
      </div>
      <p>{t('auth.heldIntro', { count: held.count })}</p>
      <Button variant="primary" wide onClick={onSignInAsOwner}>
        {t('auth.heldAsOwner', words)}
      </Button>
      <Button wide onClick={() => void download()}>
        {t('auth.heldDownload')}
      </Button>
      {downloaded !== null && (
        <p className="notice" role="status">
          {t('auth.heldDownloaded', { count: downloaded, email: held.maskedEmail })}
        </p>
      )}
      {confirming ? (
        <fieldset className="stack">
          <legend>{t('auth.heldConfirm', words)}</legend>
          <Button variant="danger" wide disabled={busy} onClick={onDiscard}>
            {t('auth.heldConfirmYes')}
          </Button>
          <Button variant="quiet" wide onClick={() => setConfirming(false)}>
            {t('auth.heldCancel')}
          </Button>
        </fieldset>
      ) : (
        <Button variant="quiet" wide onClick={() => setConfirming(true)}>
          {t('auth.heldDiscard')}
        </Button>
      )}
    </section>
  );
}
