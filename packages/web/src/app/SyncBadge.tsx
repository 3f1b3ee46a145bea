import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflictCount } from '../offline/conflicts';
import { db } from '../offline/db';
import { syncStatus } from '../offline/outbox';

/**
 * "All saved" / "N waiting to sync" / "Offline" / "Can't reach your server" / "1 change needs your choice"
 * (a conflict is never "All saved", nor is a device that has not yet counted its changes): always in words, never colour alone. The device's own network state tells "offline" from "server down".
 */
export function SyncBadge() {
  const { t } = useTranslation();
  const status = useSyncExternalStore(syncStatus.subscribe, syncStatus.get);
  const waiting = useLiveQuery(() => db.outbox.count(), []);
  const conflicts = useConflictCount();
  // Until the device has counted what it holds, say nothing rather than a hasty "All saved".
  const [state, text] = status.authLost
    ? ['error', t('sync.signInAgain')]
    : waiting === undefined || conflicts === undefined
      ? ['checking', '']
      : conflicts
        ? ['conflict', t('sync.conflicts', { count: conflicts })]
        : !status.online && navigator.onLine && waiting
          ? ['offline', t('sync.serverDownWaiting', { count: waiting })]
          : !status.online && !navigator.onLine
            ? ['offline', waiting ? t('sync.offlineWaiting', { count: waiting }) : t('sync.offline')]
            : waiting
              ? ['pending', status.syncing ? t('sync.syncing') : t('sync.waiting', { count: waiting })]
              : ['saved', t('sync.saved')];
  return (
    <span className="sync" data-state={state} role="status" aria-live="polite" data-testid="sync-state">
      {text}
    </span>
  );
}
