import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../features/sync/db';
import { syncStatus } from '../features/sync/outbox';

/**
 * "All saved" / "N waiting to sync" / "Offline" / "Can't reach your server": always in words, never colour
 * alone. The device's own network state tells "offline" from "server down".
 */
export function SyncBadge() {
  const { t } = useTranslation();
  const status = useSyncExternalStore(syncStatus.subscribe, syncStatus.get);
  const waiting = useLiveQuery(() => db.outbox.count(), [], 0);
  const [state, text] = status.authLost
    ? ['error', t('sync.signInAgain')]
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
