import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../lib/format';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';

/** A link just made: shown once, with a copy button and a QR code for the clinician to scan. */
export function NewShareLink({
  share,
  onDone,
}: {
  share: { url: string; label: string | null; expiresAt: string };
  onDone(): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const heading = useRef<HTMLHeadingElement>(null);
  const [qr, setQr] = useState('');
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    // The QR library loads only here, when a link is shown.
    void import('qrcode')
      .then((QRCode) => QRCode.toDataURL(share.url, { margin: 2, width: 240, errorCorrectionLevel: 'M' }))
      .then((data) => live && setQr(data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [share.url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(share.url);
      toast(t('shares.copied'));
    } catch {
      toast(t('shares.copyFailed'), { tone: 'error' });
    }
  }

  return (
    <section className="card stack share-new" aria-labelledby="share-new">
      <h2 id="share-new" ref={heading} tabIndex={-1}>
        {t('shares.created')}
      </h2>
      <p className="notice">{t('shares.copyNow')}</p>
      <label htmlFor="share-url">{t('shares.urlLabel')}</label>
      <input
        id="share-url"
        className="secret-value"
        readOnly
        value={share.url}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="share-url"
      />
      <p className="muted">{t('shares.expires', { date: formatMoment(share.expiresAt) })}</p>
      {qr && <img className="share-qr" src={qr} alt={t('shares.qr')} width={240} height={240} />}
      <div className="row">
        <Button variant="primary" onClick={() => void copy()}>
          {t('shares.copy')}
        </Button>
        <Button onClick={onDone}>{t('shares.dismiss')}</Button>
      </div>
    </section>
  );
}
