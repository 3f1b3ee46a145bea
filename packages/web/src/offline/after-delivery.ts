import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { syncStatus } from './status';

const delivered = () => syncStatus.get().delivered;

/**
 * Asks a server-computed answer again once the server has taken a change this device sent while it was
 * shown (e.g. a check-in saved offline, or in flight when the page reloaded, drops today's check-in
 * reminder only when it arrives). Not on mount: the first read already comes after what was delivered.
 */
export function useRefetchAfterDelivery(queryKey: QueryKey): void {
  const client = useQueryClient();
  const count = useSyncExternalStore(syncStatus.subscribe, delivered);
  const seen = useRef(count);
  // The key's parts, not the array: callers build it afresh on every render.
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    if (count === seen.current) return;
    seen.current = count;
    void client.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey, exact: true });
  }, [count, client, key]);
}
