import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { installOffer, onIos, runningInstalled } from './prompt';
import './install.css';
import { readSetting, writeSetting } from '../../lib/device-settings';

/** Remembered on this device; cleared with her other `spinekind.*` keys when she signs out. */
const DISMISSED_KEY = 'spinekind.installHint.dismissed';

const dismissedBefore = (): boolean => readSetting(DISMISSED_KEY) === '1';

/**
 * On Today, below the check-in: "Add Spinekind to your home screen", with Install where the browser
 * offers it, or the Share → Add to Home Screen steps on iPhone and iPad. Never when already installed;
 * "Not now" hides it for good on this device.
 */
export function InstallCard() {
  const { t } = useTranslation();
  const offer = useSyncExternalStore(installOffer.subscribe, installOffer.get);
  const [dismissed, setDismissed] = useState(dismissedBefore);
  const ios = onIos();
  if (dismissed || runningInstalled() || (!offer && !ios)) return null;

  const dismiss = () => {
    writeSetting(DISMISSED_KEY, '1');
    setDismissed(true);
  };
  return (
    <section className="card stack install-card" aria-labelledby="install-title" data-testid="install-card">
      <h2 id="install-title">{t('install.title')}</h2>
      {offer ? (
        <p>{t('install.why')}</p>
      ) : (
        <ol className="install-steps">
          <li>{t('install.iosShare')}</li>
          <li>{t('install.iosAdd')}</li>
        </ol>
      )}
      <div className="row">
        {offer && (
          <Button
            variant="primary"
            onClick={async () => {
              // Asked once: whatever she answers in the browser's dialog, the card has done its job.
              if ((await installOffer.accept()) === 'dismissed') dismiss();
            }}
          >
            {t('install.install')}
          </Button>
        )}
        <Button variant="quiet" onClick={dismiss}>
          {t('install.notNow')}
        </Button>
      </div>
    </section>
  );
}
