type Listener = () => void;
const listeners = new Set<Listener>();
let state = {
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncing: false,
  authLost: false,
  /** How many changes the server has taken since the app opened: answers it computes from her data may have moved. */
  delivered: 0,
};

/** Sync status for the UI (`useSyncExternalStore`). */
export const syncStatus = {
  get: () => state,
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function setState(next: Partial<typeof state>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

/**
 * When each record was last written locally or confirmed by the server. A pull whose answer left
 * the server before that moment must not overwrite the record: its answer is older than what the
 * device holds.
 */
export const touchedAt = new Map<string, number>();
export function touch(id: string): void {
  const now = performance.now();
  touchedAt.set(id, now);
  for (const [key, at] of touchedAt) if (now - at > 600_000) touchedAt.delete(key);
}
