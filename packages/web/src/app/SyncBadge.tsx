import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflictCount } from '../offline/conflicts';
import { db } from '../offline/db';
import { useFailedChanges } from '../offline/failed';
import { syncStatus } from '../offline/outbox';
import { Button } from '../ui/Button';
import { FailedChanges } from './FailedChanges';

/**
 * "All saved" / "2 changes waiting" / "Offline" / "Can't reach your server" / "1 change needs your choice" /
 * "1 change could not be saved · See why" (a conflict or a refused change is never "All saved", nor is a
 * device that has not yet counted its changes): always in words, never colour alone. The device's own
 * network state tells "offline" from "server down".
 */
export function SyncBadge() {
  const { t } = useTranslation();
  const status = useSyncExternalStore(syncStatus.subscribe, syncStatus.get);
  const waiting = useLiveQuery(() => db.outbox.count(), []);
  const conflicts = useConflictCount();
  const failed = useFailedChanges();
  const [showing, setShowing] = useState(false);
  const close = useCallback(() => setShowing(false), []);
  // Until the device has counted what it holds, say nothing rather than a hasty "All saved".
  const [state, text] = status.authLost
    ? ['error', t('sync.signInAgain')]
    : waiting === undefined || conflicts === undefined || failed === undefined
      ? ['checking', '']
      : conflicts
        ? ['conflict', t('sync.conflicts', { count: conflicts })]
        : failed.length
          ? ['error', t('sync.failed', { count: failed.length })]
          : !status.online && navigator.onLine && waiting
            ? ['offline', t('sync.serverDownWaiting', { count: waiting })]
            : !status.online && !navigator.onLine
              ? ['offline', waiting ? t('sync.offlineWaiting', { count: waiting }) : t('sync.offline')]
              : waiting
                ? ['pending', status.syncing ? t('sync.syncing') : t('sync.waiting', { count: waiting })]
                : ['saved', t('sync.saved')];
  const refused = !status.authLost && !conflicts && failed?.length ? failed : undefined;
  return (
    <span className="sync-area">
      <span className="sync" data-state={state} role="status" aria-live="polite" data-testid="sync-state">
        {text}
      </span>
      {refused && (
        <Button variant="quiet" className="sync-why" onClick={() => setShowing(true)}>
          {t('sync.seeWhy')}
        </Button>
      )}
      {refused && showing && <FailedChanges changes={refused} onClose={close} />}
    </span>
  );
}
