import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../lib/format';
import { type FailedChange, letGo } from '../offline/failed';
import { Button } from '../ui/Button';

/**
 * "See why": each change the server refused, what it was, the day, and the server's reason. A check-in
 * opens to be fixed; any of them can be let go (the device then shows the server's copy again).
 */
export function FailedChanges({ changes, onClose }: { changes: FailedChange[]; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  useEffect(() => {
    if (changes.length === 0) onClose();
  }, [changes.length, onClose]);
  return (
    <dialog ref={dialog} className="failed-changes" aria-labelledby="failed-title" onClose={onClose}>
      <h2 id="failed-title">{t('sync.failedTitle')}</h2>
      <p>{t('sync.failedIntro')}</p>
      <ul>
        {changes.map((c) => (
          <li key={`${c.resource}:${c.id}`}>
            <strong>
              {t(`sync.failedKind.${c.resource}`)}
              {c.day ? `, ${formatDay(c.day)}` : ''}
            </strong>
            <span>{c.reason}</span>
            <span className="failed-actions">
              {c.resource === 'checkins' && (
                <Link to={`/checkins/${c.id}`} onClick={onClose}>
                  {t('sync.open')}
                </Link>
              )}
              <Button variant="quiet" onClick={() => void letGo(c)}>
                {t('sync.letGo')}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <Button variant="primary" onClick={() => dialog.current?.close()}>
        {t('sync.close')}
      </Button>
    </dialog>
  );
}
